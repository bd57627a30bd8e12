# Tests of issue 6 (annotationpanel).
