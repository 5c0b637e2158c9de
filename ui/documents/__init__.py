"""Outgoing documents on screen: the register, a document's page with its preview, new documents."""
