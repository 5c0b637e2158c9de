"""Record forms built from the field metadata of the domain's dataclasses."""
