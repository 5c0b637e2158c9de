"""Use cases: the only API that ui/ and the command line call; they return DTOs."""
