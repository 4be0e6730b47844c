package org.dateline.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an element's content into {@link Block}s in document order, the way a browser lays it out:
 * a block-level element or a {@code <br>} ends the current block, inline elements join it.
 */
final class Blocks {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "caption", "header", "footer", "address", "center", "hr", "br", "body", "figure", "details",
            "summary", "hgroup");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;

    private Blocks() {
    }

    /** The blocks of {@code root}, empty ones left out. */
    static List<Block> of(Element root) {
        Blocks b = new Blocks();
        b.walk(root, root, false);
        b.flush(root);
        return b.blocks;
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private void walk(Node node, Element owner, boolean inLink) {
        if (node instanceof TextNode t) {
            append(t.text(), inLink);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        boolean block = isBlock(e);
        Element inner = block ? e : owner;
        if (block) {
            flush(owner);
        }
        boolean link = inLink || e.normalName().equals("a");
        for (Node child : e.childNodes()) {
            walk(child, inner, link);
        }
        if (block) {
            flush(e);
        }
    }

    private void append(String s, boolean inLink) {
        if (s.isEmpty()) {
            return;
        }
        int before = text.length();
        boolean space = Character.isWhitespace(s.charAt(0));
        if (space && before > 0 && text.charAt(before - 1) != ' ') {
            text.append(' ');
        }
        String stripped = s.strip();
        if (!stripped.isEmpty()) {
            text.append(stripped);
            if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                text.append(' ');
            }
        }
        if (inLink) {
            linkChars += text.length() - before;
        }
    }

    private void flush(Element owner) {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            blocks.add(new Block(s, Math.min(linkChars, s.length()), owner, owner.normalName()));
        }
        text.setLength(0);
        linkChars = 0;
    }
}
