package org.dateline.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    /** The block-level elements open at the current node, innermost first. */
    private final Deque<Element> owners = new ArrayDeque<>();
    private int linkChars;
    private int linkDepth;

    private Blocks() {
    }

    /** The blocks of {@code root}, empty ones left out. Iterative: any nesting depth is fine. */
    static List<Block> of(Element root) {
        Blocks b = new Blocks();
        b.owners.push(root);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                b.enter(node, root);
            }

            @Override
            public void tail(Node node, int depth) {
                b.leave(node, root);
            }
        }, root);
        b.flush(root);
        return b.blocks;
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private void enter(Node node, Element root) {
        if (node instanceof TextNode t) {
            append(t.text(), linkDepth > 0);
        } else if (node instanceof Element e && e != root) {
            if (isBlock(e)) {
                flush(owners.peek());
                owners.push(e);
            }
            if (e.normalName().equals("a")) {
                linkDepth++;
            }
        }
    }

    private void leave(Node node, Element root) {
        if (node instanceof Element e && e != root) {
            if (e.normalName().equals("a")) {
                linkDepth--;
            }
            if (isBlock(e)) {
                flush(e);
                owners.pop();
            }
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
