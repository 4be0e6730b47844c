package org.dateline.export;

import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's actor network: who met, agreed with, accused ... whom, from the events with a source and a
 * target. A node is a corpus actor, or a party's name as written when it was not resolved to one; an edge
 * is one (source, event type, target) with how many events it stands for. Drawn as inline SVG on a circle
 * (the {@value #MAX_NODES} most connected nodes), and listed in full as a table; {@code dateline serve} shows an
 * actor's edges.
 */
public final class ActorNetwork {
    static final int MAX_NODES = 30;
    private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AGREE, EventType.CONSULT,
            EventType.SUPPORT, EventType.CONCEDE, EventType.COOPERATE, EventType.AID, EventType.RETREAT);
    private static final Set<EventType> CONFLICTUAL = EnumSet.of(EventType.ACCUSE, EventType.REJECT,
            EventType.THREATEN, EventType.PROTEST, EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE,
            EventType.ASSAULT);
    private static final int SIZE = 760;
    private static final double RADIUS = 270;

    /** One (source, event type, target) and the events behind it, in input order. */
    public record Edge(String source, EventType event, String target, List<Event> events) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    /** The network of {@code events}, naming each resolved node by its actor of {@code actors}. */
    public ActorNetwork(List<Event> events, List<Actor> actors) {
        Map<String, String> canonical = new HashMap<>();
        actors.forEach(a -> canonical.put(a.id(), a.name()));
        for (Event e : events) {
            if (e.target() == null || key(e.source()) == null || key(e.target()) == null) {
                continue;
            }
            String s = key(e.source());
            String t = key(e.target());
            names.putIfAbsent(s, canonical.getOrDefault(e.source().actor(), e.source().name()));
            names.putIfAbsent(t, canonical.getOrDefault(e.target().actor(), e.target().name()));
            edges.computeIfAbsent(s + "\u0000" + e.event() + "\u0000" + t, k -> new Edge(s, e.event(), t, new ArrayList<>()))
                    .events().add(e);
        }
    }

    private static String key(Party p) {
        if (p == null) {
            return null;
        }
        return p.actor() != null ? p.actor() : p.name() == null ? null : "name:" + p.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Every edge, most events first. A node is the id of a corpus actor, or {@code name:} and the lower-cased
     * name as written for a party resolved to none.
     */
    public List<Edge> edges() {
        return edges.values().stream().sorted(Comparator.comparingInt((Edge e) -> -e.events().size())
                .thenComparing(e -> names.get(e.source()))).toList();
    }

    /** The name to show for a node of {@link #edges()}: the actor's canonical name, else the name as written. */
    public String name(String node) {
        return names.get(node);
    }

    /** The SVG drawing; empty markup when no event has both a source and a target. */
    String svg() {
        Map<String, Integer> degree = new HashMap<>();
        for (Edge e : edges.values()) {
            degree.merge(e.source(), e.events().size(), Integer::sum);
            degree.merge(e.target(), e.events().size(), Integer::sum);
        }
        List<String> nodes = degree.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -degree.get(n)).thenComparing(names::get))
                .limit(MAX_NODES).toList();
        if (nodes.isEmpty()) {
            return "";
        }
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i), new double[]{SIZE / 2.0 + RADIUS * Math.cos(angle), SIZE / 2.0 + RADIUS * Math.sin(angle)});
        }
        Html svg = new Html().raw("<svg class=\"network\" role=\"img\" aria-label=\"who did what to whom\" viewBox=\"0 0 "
                + SIZE + " " + SIZE + "\" width=\"" + SIZE + "\" height=\"" + SIZE + "\">"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>");
        Set<String> shown = new TreeSet<>(nodes);
        for (Edge e : edges()) {
            if (shown.contains(e.source()) && shown.contains(e.target()) && !e.source().equals(e.target())) {
                edge(svg, e, at.get(e.source()), at.get(e.target()));
            }
        }
        for (String n : nodes) {
            double[] p = at.get(n);
            boolean right = p[0] >= SIZE / 2.0;
            svg.raw(String.format(Locale.ROOT, "<circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\">", p[0], p[1],
                            4 + Math.min(8, Math.sqrt(degree.get(n)) * 2)))
                    .raw("<title>").text(names.get(n) + " (" + degree.get(n) + " events)").raw("</title></circle>")
                    .raw(String.format(Locale.ROOT, "<text class=\"node-label %s\" x=\"%.1f\" y=\"%.1f\">",
                            right ? "start" : "end", p[0] + (right ? 12 : -12), p[1] + 4))
                    .text(Html.clip(names.get(n), 28)).raw("</text>");
        }
        return svg.raw("</svg>").toString();
    }

    /** A curved arrow, bent to its left so that A to B and B to A stay apart, labelled at its middle. */
    private static void edge(Html svg, Edge e, double[] from, double[] to) {
        double mx = (from[0] + to[0]) / 2;
        double my = (from[1] + to[1]) / 2;
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double cx = mx + dy / length * 30;
        double cy = my - dx / length * 30;
        svg.raw(String.format(Locale.ROOT, "<path class=\"edge %s\" d=\"M%.1f %.1fQ%.1f %.1f %.1f %.1f\" marker-end=\"url(#arrow)\">",
                        tone(e.event()), from[0], from[1], cx, cy, to[0], to[1]))
                .raw("<title>").text(e.event().name() + " \u00d7" + e.events().size()).raw("</title></path>")
                .raw(String.format(Locale.ROOT, "<text class=\"edge-label %s\" x=\"%.1f\" y=\"%.1f\">", tone(e.event()),
                        (mx + cx) / 2, (my + cy) / 2))
                .text(e.events().size() == 1 ? e.event().name() : e.event().name() + " \u00d7" + e.events().size()).raw("</text>");
    }

    /** {@code coop}, {@code conflict} or {@code neutral}: the colour class of an event type. */
    static String tone(EventType event) {
        return COOPERATIVE.contains(event) ? "coop" : CONFLICTUAL.contains(event) ? "conflict" : "neutral";
    }
}
