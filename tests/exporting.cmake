# Tests of issue 6 (exporting).
