"""The import mutation campaign (`bench/fuzz_import.py`): valid inputs, their mutants, a runner."""
