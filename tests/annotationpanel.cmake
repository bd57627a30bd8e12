# Tests of issue 6 (annotationpanel): the notes panel, its model and its filter.
randnotiz_add_test(tst_annotationmodel)
randnotiz_add_test(tst_annotationfiltermodel)
randnotiz_add_test(tst_annotationpanel GUI)
