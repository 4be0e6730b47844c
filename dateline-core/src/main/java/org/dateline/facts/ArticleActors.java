package org.dateline.facts;

import org.dateline.model.Actor;

import java.util.List;

/** PLACEHOLDER: replaced by the actors work. */
public record ArticleActors(List<Actor> actors) {
}
