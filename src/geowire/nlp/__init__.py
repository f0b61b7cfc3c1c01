"""Annotation: layout blocks, sentences and the spaCy parse (:mod:`geowire.nlp.annotate`), and
date expressions and quantities resolved over the annotated text (:mod:`geowire.nlp.dates`,
:mod:`geowire.nlp.quantities`)."""
