package org.dateline.model;

public enum ActorType { PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP }
