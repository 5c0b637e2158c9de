"""DOCX rendering of a document (python-docx), for editing in Word: the page and its parts."""
