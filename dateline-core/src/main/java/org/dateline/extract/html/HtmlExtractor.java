package org.dateline.extract.html;

import org.dateline.extract.Strip;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the article of an HTML page: its metadata ({@link HtmlMetadata}) and its body text.
 *
 * <p>The body is found in three steps: boilerplate elements are removed by markup alone ({@link Noise});
 * the rest is split into text blocks as a browser lays them out ({@link Blocks}); the element whose blocks
 * are worth the most as prose is taken as the body ({@link MainContent}), and its blocks are kept except
 * the headline, link lists and stray labels. When the page shows almost no text (a script-rendered page)
 * and its JSON-LD carries an {@code articleBody}, that is the body. Nothing depends on the site or the
 * language. Tag names longer than {@value LongTagNames#MAX_CHARS} characters are cut ({@link LongTagNames}) and markup
 * nested deeper than {@value #MAX_DEPTH} elements is flattened first, each with a warning. Stateless and thread-safe;
 * bad HTML never throws.
 */
public final class HtmlExtractor {
    /** Short lines that are page furniture in any article ("Advertisement", "Read more"). */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)advertisement|anzeige|publicidad|publicité|pubblicità|реклама|read more|continue reading"
                    + "|share( this( article| story)?)?|related( articles| stories)?|follow us|image|photo|video"
                    + "|click here|skip to content|print|email|comments?|advert|you may also like|text size|loading( content)?"
                    + "|subscribe|(image|photo|slide) \\d+ of \\d+");
    /**
     * The deepest element nesting kept. Real pages nest a few dozen elements deep; the steps below look at each
     * block's ancestors, so a page nested 20,000 deep (damage or an attack) would take them time quadratic in the depth.
     */
    private static final int MAX_DEPTH = 256;
    /** Below this many characters an extracted body is suspect; a JSON-LD articleBody twice as long is used instead. */
    private static final int SHORT_BODY = 200;

    /** Reads the article of {@code html}; {@code baseUri} resolves relative links (may be empty). */
    public HtmlArticle extract(String html, String baseUri) {
        List<String> warnings = new ArrayList<>();
        LongTagNames cut = LongTagNames.cut(html);
        if (cut.count() > 0) {
            warnings.add("damaged markup: cut " + cut.count() + " tag name" + (cut.count() == 1 ? "" : "s") + " longer than "
                    + LongTagNames.MAX_CHARS + " characters");
        }
        Document doc = Jsoup.parse(cut.html(), baseUri == null ? "" : baseUri);
        int flattened = flatten(doc);
        if (flattened > 0) {
            warnings.add("markup nested over " + MAX_DEPTH + " elements deep: " + flattened + " elements deeper than that were"
                    + " flattened into their ancestor, their text kept");
        }
        HtmlMetadata metadata = MetadataReader.read(doc, warnings);
        Element body = doc.body();
        Noise.remove(body);
        List<Block> blocks = Blocks.of(body);
        Element main = MainContent.find(body, blocks);
        Set<Element> inMain = Collections.newSetFromMap(new IdentityHashMap<>());
        inMain.addAll(main.getAllElements());
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (inMain.contains(b.owner()) && keep(b, metadata.title())) {
                paragraphs.add(b.text());
            }
        }
        String ldBody = metadata.articleBody();
        int length = paragraphs.stream().mapToInt(String::length).sum();
        if (length < SHORT_BODY && ldBody != null && ldBody.length() > 2 * Math.max(length, SHORT_BODY / 2)) {
            warnings.add("page text too short (" + length + " characters): body taken from its JSON-LD articleBody");
            paragraphs = ldBody.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        if (paragraphs.isEmpty()) {
            warnings.add("no article text found in the page");
        }
        return new HtmlArticle(metadata, paragraphs, warnings);
    }

    /**
     * Unwraps every element nested deeper than {@link #MAX_DEPTH} (its children and text stay where they were, in
     * order, under its nearest kept ancestor); returns how many were unwrapped.
     */
    private static int flatten(Document doc) {
        List<Element> deep = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e) {
                deep.add(e);
            }
        });
        deep.forEach(Element::unwrap);
        return deep.size();
    }

    private static boolean keep(Block b, String title) {
        if (b.linkDensity() > MainContent.LINK_HEAVY || b.tag().equals("h1")) {
            return false;
        }
        String text = b.text();
        if (title != null && text.equalsIgnoreCase(title)) {
            return false;
        }
        return !FURNITURE_LINE.matcher(Strip.trailing(text.toLowerCase(Locale.ROOT), HtmlExtractor::isPunctuationOrSpace)).matches();
    }

    /** Regex {@code [\p{P}\s]}: a punctuation character or ASCII whitespace. */
    private static boolean isPunctuationOrSpace(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> c == ' ' || (c >= '\t' && c <= '\r');
        };
    }
}
