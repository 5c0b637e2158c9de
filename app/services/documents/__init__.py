"""Outgoing documents: drafts from templates, numbering, issuing, printing (sổ văn bản đi)."""
