"""Actors: the knowledge base of countries, organisations, people, groups and equipment
(:mod:`geowire.actors.kb`) and the resolution of mentions in annotated text
(:mod:`geowire.actors.resolve`)."""
