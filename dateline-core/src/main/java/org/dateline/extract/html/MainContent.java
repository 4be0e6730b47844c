package org.dateline.extract.html;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element that holds the article body: the one whose blocks, taken together, are worth the
 * most. A block of prose is worth about its length; link-heavy blocks (menus, teaser lists) and very
 * short ones (labels, dates, "Share") are worth less than nothing; headings are neutral. The best element is then the
 * container that gathers the article's paragraphs while leaving out as much furniture as possible
 * (a maximum-sum subtree), with no site rules and nothing that depends on the language.
 */
final class MainContent {
    /** Above this share of link text a block counts as navigation. */
    static final double LINK_HEAVY = 0.5;
    /** A link-heavy block costs at most this many characters: a long one is more likely prose with links than a menu. */
    private static final int LINK_CAP = 60;
    /** What every block costs: short lines are worth less than nothing. */
    private static final double BLOCK_COST = 20;

    private MainContent() {
    }

    /** The value of a block for the body: positive for prose, negative for links and stray labels. */
    static double value(Block b) {
        int length = b.text().length();
        double density = b.linkDensity();
        if (density > LINK_HEAVY) {
            return -Math.min(length, LINK_CAP);
        }
        if (b.isHeading()) {
            return 0;
        }
        return length * (1 - 2 * density) - BLOCK_COST;
    }

    /** The element of {@code root} (or {@code root} itself) whose blocks are worth the most. */
    static Element find(Element root, List<Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            double v = value(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                scores.merge(e, v, Double::sum);
                if (e == root) {
                    break;
                }
            }
        }
        Element best = root;
        double bestScore = scores.getOrDefault(root, 0.0);
        for (Element e : root.getAllElements()) {
            double s = scores.getOrDefault(e, Double.NEGATIVE_INFINITY);
            if (s >= bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }
}
