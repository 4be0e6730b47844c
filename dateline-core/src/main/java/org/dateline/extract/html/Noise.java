package org.dateline.extract.html;

import org.dateline.resources.TsvResource;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article body from a parsed page: code and media elements, navigation and
 * page furniture ({@code nav}, {@code aside}, {@code footer}, forms, captions), hidden elements, and
 * elements whose class, id or role names a kind of boilerplate (comments, share bars,
 * related and most-read lists, promotions, newsletter and cookie notices, subscription walls,
 * breadcrumbs, sidebars, advertisements, bylines, tags), and lists of teaser cards recognised by their
 * shape. Works on markup only, so it is the same for every language.
 *
 * <p>An element that holds most of the page's paragraph text ({@code <p>}; all text when there is none),
 * or the marked article body, is never removed by its name: a wrapper called "page-with-sidebar" or an
 * ASP.NET {@code <form>} around the whole page stays; so does one that holds a good part of it and is
 * also named as content ("content-with-sidebar"). Comment sections are not protected that way.
 */
final class Noise {
    /** Removed whatever they hold: they never carry article text. */
    private static final Evaluator ALWAYS = QueryParser.parse("script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, option, label, dialog, link, meta, figcaption, [hidden], "
            + "[aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]");
    /** Page furniture by tag or role; removed unless they hold the body. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu", "figure");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Map<String, Set<String>> NAMES = TsvResource.wordsByTag(Noise.class,
            "boilerplate-names.tsv", Set.of("anywhere", "whole"));
    /** Boilerplate words found anywhere in a class or id ("relatedStories", "post-comments"). */
    private static final Set<String> NAME_PARTS = NAMES.get("anywhere");
    /** Names of reader content that may hold more text than the article but is never part of it. */
    private static final Pattern NEVER_BODY = Pattern.compile("comment(?!ary)|disqus", Pattern.CASE_INSENSITIVE);
    /** Boilerplate words that must be a whole part of a class or id ("ad", not "head"). */
    private static final Set<String> NAME_WORDS = NAMES.get("whole");
    /** Splits a class or id into words: at punctuation and at camelCase humps. */
    private static final Pattern NAME_SPLIT = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");
    /** An element holding more than this fraction of the page's paragraph text is kept whatever its name. */
    private static final double PROTECTED_SHARE = 0.5;
    /** Words that name a wrapper of the content ("content-with-sidebar", "article-body-related"). */
    private static final Pattern CONTENT_NAME = Pattern.compile("content|article|body|post|entry|story|main|text",
            Pattern.CASE_INSENSITIVE);
    /** A content-named element holding more than this fraction of the paragraph text is kept whatever its name. */
    private static final double PROTECTED_CONTENT_SHARE = 0.2;

    /** A list of teaser cards has at least this many. */
    private static final int MIN_CARDS = 3;
    /** What a card has besides its link and an article's list item has not: a headline, a picture or a date. */
    private static final Evaluator CARD_PARTS = QueryParser.parse("h1, h2, h3, h4, h5, h6, img, picture, time");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    /** The share of a group of siblings that must look like cards. */
    private static final double CARD_SHARE = 0.75;
    /** A card's text is at most this long; an article paragraph or section is longer. */
    private static final int MAX_CARD = 600;
    /** A linked headline has at least this many characters; "more", "next" and tag links have fewer. */
    private static final int MIN_HEADLINE = 20;

    private Noise() {
    }

    /** Removes boilerplate elements from {@code root} in place. */
    static void remove(Element root) {
        root.select(ALWAYS).remove();
        removeCardLists(root);
        removeFurniture(root);
        removeCardLists(root); // again: without their furniture, more cards look alike
    }

    /** Removes furniture by tag, role and name, except what holds the body (see the class comment). */
    private static void removeFurniture(Element root) {
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        for (Element p : root.getElementsByTag("p")) {
            int length = p.text().length();
            for (Element e = p; e != null; e = e.parent()) {
                paragraphText.merge(e, length, Integer::sum);
            }
        }
        boolean byParagraphs = paragraphText.getOrDefault(root, 0) > 0;
        int total = Math.max(1, byParagraphs ? paragraphText.get(root) : root.text().length());
        Set<Element> holdBody = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : root.select(ARTICLE_BODY)) {
            holdBody.addAll(marked.parents());
            holdBody.add(marked);
        }
        Map<String, Boolean> byName = new HashMap<>();
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isFurniture(e, byName)) {
                int held = byParagraphs ? paragraphText.getOrDefault(e, 0) : e.text().length();
                String name = e.className() + " " + e.id();
                boolean isProtected = holdBody.contains(e) || !NEVER_BODY.matcher(name).find()
                        && (held > PROTECTED_SHARE * total
                        || held > PROTECTED_CONTENT_SHARE * total && CONTENT_NAME.matcher(name).find());
                if (!isProtected) {
                    doomed.add(e);
                }
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * Removes lists of teaser cards: three or more siblings of the same tag and class, most of which are
     * short and carry a linked headline and a heading, picture or date ("More stories": headline link,
     * summary, date). Paragraphs and list items of an article do not look like that, even when each has a link.
     */
    private static void removeCardLists(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < MIN_CARDS) {
                continue;
            }
            Map<String, List<Element>> groups = new HashMap<>();
            for (Element child : parent.children()) {
                if (!child.normalName().equals("p")) {
                    groups.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> group : groups.values()) {
                if (group.size() >= MIN_CARDS && group.stream().filter(Noise::isCard).count() >= CARD_SHARE * group.size()) {
                    doomed.addAll(group);
                }
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isCard(Element e) {
        String text = e.text();
        if (text.length() > MAX_CARD || e.select(CARD_PARTS).isEmpty()) {
            return false;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (a.text().length() >= MIN_HEADLINE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e, Map<String, Boolean> byName) {
        if (FURNITURE_TAGS.contains(e.normalName()) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.normalName().equals("body") || e.normalName().equals("html") || e.normalName().equals("article")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        return byName.computeIfAbsent(e.className(), Noise::namesBoilerplate)
                || byName.computeIfAbsent(e.id(), Noise::namesBoilerplate);
    }

    static boolean namesBoilerplate(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT).replace("commentary", "");
        for (String part : NAME_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        for (String part : NAME_SPLIT.split(name)) {
            if (NAME_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

}
