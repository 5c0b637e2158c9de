"""The periodic reports screen: make, preview, issue, export."""
