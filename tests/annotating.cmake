# Tests of issue 6 (annotating).
