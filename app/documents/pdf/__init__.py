"""PDF rendering of a document (reportlab): the page, its parts, the empty signature field."""
