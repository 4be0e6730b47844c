package org.dateline.extract;

import org.dateline.resources.TsvResource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines of a page that are not the article: navigation, reader-comment sections, lists of
 * related headlines, social-media prompts, footers, separators, numeric junk, photo captions and gallery
 * slides, picture credits, video players with their playlists and blurbs, embedded tweets, shopping buttons, menus of
 * years, blocks of other stories' headlines, subheadings and editors' notes. Every rule is generic (it
 * looks at the shape and wording of lines, never at a particular site) and every removal is reported as a
 * warning that says what was dropped.
 */
final class Boilerplate {
    private static final Map<String, Set<String>> LINES = TsvResource.wordsByTag(Boilerplate.class,
            "boilerplate-lines.tsv", Set.of("navigation", "related-heading", "comment-heading"));
    private static final Set<String> NAVIGATION = LINES.get("navigation");
    private static final Set<String> RELATED_HEADINGS = LINES.get("related-heading");
    private static final Set<String> COMMENT_HEADINGS = LINES.get("comment-heading");

    /** "3. John Smith said:" – the header of one reader comment in a numbered list. */
    private static final Pattern NUMBERED_COMMENT = Pattern.compile(
            "^\\d{1,4}\\.\\s+\\S.{0,60}?\\s(?:said|says|wrote|writes|commented|replied)\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** A comment header, numbered or not ("John said:", "Jane wrote:"), counted inside a comment section. */
    private static final Pattern COMMENT_HEADER = Pattern.compile(
            "^(?:\\d{1,4}\\.\\s+)?\\S.{0,60}?\\s(?:said|says|wrote|writes|commented|replied)\\s*:$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PINGBACK = Pattern.compile("^(?:\\d{1,4}\\.\\s+)?(?:pingback|trackback)\\s*:.*", Pattern.CASE_INSENSITIVE);
    /** "Business 15:34", "Politics 14:24": the section-and-time line under a listed headline. */
    private static final Pattern SECTION_TIME = Pattern.compile("^.{0,40}\\b\\d{1,2}:\\d{2}(?:\\s*[ap]m)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?$");
    private static final Pattern SOCIAL = Pattern.compile(
            "^(?:follow|subscribe to|join|find|like)\\b.{0,60}\\bon\\s+(?:twitter|x|telegram|facebook|instagram|youtube|"
                    + "linkedin|vk|vkontakte|whatsapp|tiktok|threads|mastodon)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:©|\\(c\\)\\s|copyright\\b).*|.*\\ball rights reserved\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=*~•·—–\\s]{3,}$");
    /**
     * A gallery slide or caption control: a counter ("Hide Caption 4 of 30"), a "Photos:" / "Gallery:" label first,
     * "toggle caption" / "Enlarge this image" / "Image copyright", or a wire-photo caption's opening ("FILE - In this March 3, 2020,
     * file photo, ...").
     */
    private static final Pattern GALLERY = Pattern.compile(
            "\\b(?:hide|show|expand|close) caption\\s+\\d+\\s+of\\s+\\d+|^(?:photos|gallery|slideshow)\\s*:\\s"
                    + "|\\btoggle caption\\b|^enlarge this image\\b|^image (?:copyright|caption)\\b"
                    + "|^(?:file\\s*[-–—]\\s*)?in this\\b[^.;]{0,60}\\b(?:file )?(?:photo|image|picture)\\b", Pattern.CASE_INSENSITIVE);
    /** A slide of a numbered gallery: its position first ("13/34 17 November 2017 ..."), in a gallery of three or more. */
    private static final Pattern SLIDE_COUNTER = Pattern.compile("^(\\d{1,3})/(\\d{1,3})\\s");
    private static final int MIN_SLIDES = 3;
    /** A caption ends with its picture's credit: "(Photo: Jane Roe, Agency)", "(AP Photo/John Doe)", "(File image)". */
    private static final Pattern CREDIT_END = Pattern.compile(
            "\\((?:[^()]{0,40}\\b)?(?:photo|photograph|image|picture|pic|video|credit)s?\\b[^()]{0,80}\\)\\s*$", Pattern.CASE_INSENSITIVE);
    /** The picture agencies whose credits close or open captions. */
    private static final String AGENCY = "(?:Getty Images|AFP|AP|Associated Press|EPA|Reuters|REUTERS|PA|Rex Features|Rex"
            + "|Shutterstock|Bloomberg|Xinhua|Anadolu Agency|Splash News|Barcroft Media|Alamy|Backgrid|WENN|SWNS)";
    private static final String PERSON = "[A-Z][\\w.'’-]*(?:\\s[A-Z][\\w.'’-]*){0,3}";
    /**
     * A credit at the end or the start of a caption, by agency: "(Thibault Camus, File/Associated Press)",
     * "... Photograph: Matt Slocum/AP", "... REUTERS/Kim Doe", "... Spencer Platt/Getty Images", "Issei Kato / Reuters A man ...".
     */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "\\([^()]{1,60}[,/]\\s?" + AGENCY + "\\)\\s*$|\\bPhotograph:\\s[^.]{1,60}$|\\bREUTERS/" + PERSON + "(?:\\s+[A-Z ]{4,30})?$"
                    + "|\\b" + PERSON + "\\s?/\\s?" + AGENCY + "(?:\\s?(?:/|via)\\s?Getty Images)?$|^" + PERSON + " / " + AGENCY + "\\s"
                    + "|^(?:\\w+ - )?Getty\\b|^" + AGENCY + "\\s?[:/-]\\s?" + AGENCY + "\\s[A-Z]");
    /**
     * A long wire caption (a picture's summary of the story) closed by a photographer's credit that no sentence ends with:
     * "(AP Photo/Jo Roe, File)", "(Photo by Jo Roe/Agency/AP, File)", "(Photo: Jo Roe)", with the agency in brackets
     * after it or not ("... (Photo by Jo Roe/AP) (Associated Press)").
     */
    private static final Pattern PHOTOGRAPHER_CREDIT = Pattern.compile("\\((?:photo by\\s[^()]{1,80}/[^()]{1,60}"
            + "|[^()]{0,40}\\bphoto\\s?/\\s?[^()]{1,60}|photo:\\s[^()]{1,80})\\)(?:\\s*\\(" + AGENCY + "\\))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A wire caption with a photographer's credit runs to several sentences, but never to this length. */
    private static final int MAX_CREDITED_CAPTION = 800;
    /**
     * A caption with a bare agency credit: first, before words closed by no full stop ("Reuters Fans fill the square at
     * dawn", "AFP or licensors Fans fill ..."), or last in brackets after a word ("Fans celebrate the win (Getty)"); or a line
     * that is nothing but a credit:
     * "Reuters", "AP - AFP", "Jane Roe/The Daily Planet", "(Jo Bloggs / The Courier)", "Ann Lee/WireImage via Getty Images".
     */
    private static final Pattern BARE_CREDIT = Pattern.compile("^" + AGENCY + "(?: or licensors)?\\s[A-Z][^.!?]*[^.!?\"”’'):]$"
            + "|(?<!:\\d)[A-Za-z0-9]\\s?\\((?:" + AGENCY + "|Getty)\\)$|^" + AGENCY + "(?:\\s?[-/,]\\s?" + AGENCY + ")*$"
            + "|^\\(?" + PERSON + "\\s?/\\s?(?:The\\s)?[A-Z][\\w.]*(?:\\s[A-Z][\\w.]*){0,2}(?:\\svia\\s" + PERSON + ")?(?:, FILE)?\\)?$");
    /**
     * A video's blurb: a guest who "joins" a named show "to discuss" something ("joins “Port Report” to discuss"), the
     * player's "CLOSE" button before the blurb, or the clip's date and agency at its end ("... ends its strike. (Feb. 6) AP").
     */
    private static final Pattern VIDEO_BLURB = Pattern.compile("^[^.]{0,120}\\bjoins\\s[\"“]?[A-Z][^.]{0,80}\\sto discuss\\b|^CLOSE\\s[A-Z]"
            + "|\\((?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\\.?\\s\\d{1,2}\\)\\s" + AGENCY + "$");
    /** An embedded tweet: its text then "— Name (@handle) December 27, 2017", the stamp that closes it. */
    private static final Pattern TWEET = Pattern.compile("[—–-]\\s[^—–()]{1,60}\\(@\\w{1,15}\\)\\s[^()]{3,30}\\d{4}(?:\\s?г\\.)?$");
    /**
     * The other parts of an embedded post: a tweet's picture link ("pic.twitter.com/Ab12"), a short link or hashtag closing
     * the tweet's text just before its stamp, an Instagram post's stamp ("A post shared by Name (@handle) on Oct 1, 2017").
     */
    private static final Pattern POST_PART = Pattern.compile(
            "\\bpic\\.twitter\\.com/\\w+|\\ba post shared by\\b[^()]{1,60}(?:\\([^()@]{1,30}\\)[^()]{0,60})?\\(@[\\w.]{1,30}\\)\\s+on\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWEET_TEXT_END = Pattern.compile("(?:https?://t\\.co/\\w+|#\\w+)$");
    /**
     * An appeal for money or membership: "Our reporting reaches you at no cost to you", "We need your financial support",
     * "Support us so we can keep reporting", "Become a member to support our journalism", "make a one-time donation".
     */
    private static final Pattern APPEAL = Pattern.compile("\\bat no cost to you\\b|\\bwe need your (?:financial )?support\\b"
            + "|^support\\s[^.]{1,40}?\\sso (?:that )?we (?:can|could|continue)\\b"
            + "|\\bbecom(?:e|ing) a (?:member|subscriber|supporter|patron)\\b.{0,60}\\b(?:support|journalism)\\b"
            + "|\\bmake a (?:one-time |monthly )?(?:contribution|donation)\\b|\\bsupport (?:our|independent|quality) journalism\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The reporters' credit closing a wire story ("(Reporting by Jo Roe; Editing by Al Poe)", "Additional reporting by Jo
     * Roe", never a sentence) or the authors' initials with the agencies ("jr/ap (AFP, dpa)").
     */
    private static final Pattern STAFF_CREDIT = Pattern.compile("^\\((?:additional )?(?:reporting|writing|editing) by\\s.*\\)$"
            + "|^(?:additional )?reporting by\\s[^.]*$|^[a-z]{1,4}(?:/[a-z]{1,4})+\\s?\\([A-Za-z]+(?:,\\s?[A-Za-z]+)*\\)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A prompt to the reader that is no part of the story: the author's contact ("Jo Roe may be reached at ..."), an affiliate
     * disclosure ("We may earn a commission ..."), a request to share the page, to click or to turn on notifications, a topic to
     * follow ("... Add Interest").
     */
    private static final Pattern READER_PROMPT = Pattern.compile(
            "\\b(?:may|can) be reached at\\s\\S+@|\\bfollow (?:him|her|them) on twitter @"
            + "|\\b(?:may|might) earn an? (?:affiliate )?commission\\b|\\bturn on (?:desktop |browser )?notifications\\b"
            + "|^share this (?:information|article|story|post)\\b|\\btake a moment to share\\b|\\badd interest$"
            + "|\\bclick (?:here )?to (?:read|watch|listen|subscribe|sign up)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A broadcast listing: a call to watch or listen to a programme at its air time ("Listen to Harbour FM live at 12:45
     * weekdays", "Watch the film on Harbour TV: 9 p.m. ET, Friday May 3").
     */
    private static final Pattern LISTING = Pattern.compile("(?:^|[.!?]\\s)(?:watch|listen to|tune in to)\\b[^.!?]{0,100}?"
            + "\\b(?:at|on)\\b[^.!?]{0,60}?\\d{1,2}(?:[:.]\\d\\d|\\s?[ap]\\.?m\\b)", Pattern.CASE_INSENSITIVE);
    /** A further air time of a listing, on a line of its own: a clock time and its zone ("10 a.m. JST Saturday, May 4"). */
    private static final Pattern AIR_TIME = Pattern.compile("^\\d{1,2}(?:[:.]\\d\\d)?\\s?[ap]\\.?m\\.?\\s\\p{Lu}{2,5}\\b");
    /** A shopping button: "See it now: Shopland", "Buy it here: ...". */
    private static final Pattern SHOPPING = Pattern.compile("^(?:see|buy|shop|get) (?:it |them )?(?:now|here)\\s?:\\s?\\S.{0,40}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A video player's controls or playlist: "Skip in Skip x Embed x Share", "Full Screen Autoplay", "Skip Ad",
     * two or more "| 2:30" durations, "JUST WATCHED ... Replay More Videos ... MUST WATCH ... 01:14",
     * "Media playback is unsupported on your device".
     */
    private static final Pattern PLAYER = Pattern.compile(
            "\\bskip in skip\\b|\\bembed x share\\b|\\bfull screen autoplay\\b|\\bskip ad\\b|(?:\\|\\s*\\d{1,2}:\\d{2}\\b.*){2}"
                    + "|\\breplay more videos\\b|^must watch\\b.{1,160}\\s\\d{1,2}:\\d{2}$"
                    + "|^media playback is (?:not supported|unsupported) on (?:this|your) device\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A newsletter sign-up box: its opening ("Newsletter Sign Up", "Sign up for breaking news emails") or its form
     * wording ("verify you're not a robot", "Invalid email address", "Thanks for subscribing", "delivered to your inbox").
     */
    private static final Pattern SIGN_UP = Pattern.compile(
            "^newsletter sign[- ]?up\\b|^sign up for\\b.{0,60}\\b(?:newsletters?|e-?mails?|alerts)\\b"
                    + "|\\bverify (?:that )?you['’]?re not a robot\\b|\\binvalid email address\\b|\\bthanks? (?:you )?for subscribing\\b"
                    + "|\\bdelivered to your inbox\\b|^every (?:day|week|morning|evening)\\b.{0,40}\\bwe(?:['’]ll)? send\\b"
                    + "|\\bby subscribing now\\b|\\bsign up for digital access\\b|\\bright in(?:to)? your inbox\\b"
                    + "|^subscribe to\\b.{0,40}\\bnewsletters?\\b|\\bsubscribe to (?:this|our) newsletter\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A subscription offer for a print title: "Get Harbour Weekly delivered through your letterbox every month", "6 issues
     * for £9.99".
     */
    private static final Pattern SUBSCRIPTION_OFFER = Pattern.compile(
            "\\bdelivered (?:through|to) your (?:letterbox|letter box|door(?:step)?|mailbox)\\b|\\b\\d+ issues for\\s?[£$€]",
            Pattern.CASE_INSENSITIVE);
    /**
     * A broadcaster's notice on how its transcripts are made: "Transcripts are produced automatically", "... are created on
     * a rush deadline", "the copy might not be in final form", "This is a rush transcript".
     */
    private static final Pattern TRANSCRIPT_NOTICE = Pattern.compile(
            "\\b(?:text|transcript|copy) (?:may|might) not be in (?:its )?final form\\b"
                    + "|\\btranscripts? (?:is|are|was|were|has been|have been) (?:created|produced|generated|prepared)"
                    + " (?:on a rush deadline|automatically|by (?:a |an )?(?:computer|machine|software|automated))"
                    + "|\\b(?:rush|computer-generated|automated|machine-generated) transcript\\b",
            Pattern.CASE_INSENSITIVE);
    /** An author's sign-off that opens the box about them: "Follow me on Twitter or LinkedIn", "Check out my website". */
    private static final Pattern AUTHOR_SIGN_OFF = Pattern.compile(
            "^follow me on (?:twitter|linkedin|facebook|instagram|threads|bluesky)\\b|^check out my (?:website|blog)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The most lines of text an author's box holds after its sign-off: a short bio, never the rest of an article. */
    private static final int MAX_AUTHOR_BOX = 4;
    /** One month of an archive menu: "August 2011". */
    private static final Pattern ARCHIVE_MONTH = Pattern.compile("\\b(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+(?:19|20)\\d\\d\\b(?:\\s*\\(\\d+\\))?");
    /** An archive menu lists at least this many months, which make up most of its line. */
    private static final int ARCHIVE_MONTHS = 4;
    private static final double ARCHIVE_SHARE = 0.6;
    /**
     * A subheading: framed by dashes ("- 'Not a swap' -") or nothing but a short quotation with no sentence in it
     * ("'Scene out of a movie'"); on its own line the sentence splitter would run it into the next paragraph.
     */
    private static final Pattern SUBHEADING = Pattern.compile(
            "^[-–—]\\s+.{1,80}\\s+[-–—]$|^['‘\"“][^.!?,;:'‘’\"“”]{1,60}['’\"”]$");
    /** A correction or editor's note about the page itself: "Editor's note: ...", "Correction added May 2: ...". */
    private static final Pattern NOTE = Pattern.compile("^(?:editor['’]?s['’]? note|correction|clarification)\\b[^:]{0,40}:.*",
            Pattern.CASE_INSENSITIVE);
    /** A year standing alone, as a category or archive menu lists them: "2018 2017 2016". */
    private static final Pattern MENU_YEAR = Pattern.compile("(?<![\\w/.,:-])(?:19|20)\\d\\d(?![\\w/.,:-])");
    /** A menu of years lists at least this many, and they are at least this share of its words. */
    private static final int MENU_YEARS = 4;
    private static final double MENU_YEAR_SHARE = 0.4;
    /** A block of other headlines (a playlist, an "up next" list without its heading) runs at least this many lines. */
    private static final int MIN_HEADLINE_RUN = 6;
    private static final int MAX_HEADLINE = 100;
    private static final Pattern HEADLINE_START = Pattern.compile("^[\"'‘“A-Z0-9]");
    private static final Pattern HEADLINE_END = Pattern.compile("[.!:;,…\"'”’)\\]]$");
    private static final int MAX_CAPTION_LINE = 400;
    /** What {@link #key} drops at the end of a line: whitespace (as regex {@code \s}), colons, arrows, ellipses, bars. */
    private static final String TRAILING_MARKS = " \t\n\u000B\f\r:»›>→…|";
    private static final Pattern LEADING_MARKS = Pattern.compile("^[«‹<←|\\s]+");
    private static final int MAX_LIST_LINE = 160;
    /** The most words a navigation phrase has ("continue reading the main story"). */
    private static final int MAX_PHRASE_WORDS = NAVIGATION.stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    /** A heading of one to four words (the first "Related" or the heading longer than a word) then a headline's first word. */
    private static final Pattern RUN_IN_LIST = Pattern.compile("^((?i:related)(?:\\s[a-z]+){0,3}|[A-Z]\\w*(?:\\s[a-z]+){1,3})\\s+[\"'‘“A-Z]");
    private static final int MAX_FOOTER_LINE = 200;
    /** A repeated caption or summary has at least this many words, and they open it. */
    private static final int SUMMARY_WORDS = 6;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A name alone: two or three capitalised words. */
    private static final Pattern NAME_LINE = Pattern.compile("[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’.-]+){1,2}");
    private static final Pattern QUOTE_START = Pattern.compile("[\"“‘']");

    private Boilerplate() {
    }

    /** Applies every rule to {@code page}, adding one warning per rule that removed something. */
    static void remove(PageLines page, List<String> warnings) {
        removeMatching(page, Boilerplate::isNavigation, "navigation line", warnings);
        removeCommentSection(page, warnings);
        removeRelatedLists(page, warnings);
        removeMatching(page, line -> line.length() <= MAX_LIST_LINE && SOCIAL.matcher(line).matches(), "social-media line", warnings);
        removeMatching(page, line -> line.length() <= MAX_FOOTER_LINE && FOOTER.matcher(line).matches(), "footer line", warnings);
        removeMatching(page, line -> SEPARATOR.matcher(line).matches(), "separator line", warnings);
        removeMatching(page, line -> GALLERY.matcher(line).find() || isSlide(line) || line.length() <= MAX_CAPTION_LINE
                && (CREDIT_END.matcher(line).find() || AGENCY_CREDIT.matcher(line).find() || BARE_CREDIT.matcher(line).find())
                || line.length() <= MAX_CREDITED_CAPTION && PHOTOGRAPHER_CREDIT.matcher(line).find(),
                "photo caption line", warnings);
        removeEmbeddedFurniture(page, warnings);
        removeMatching(page, line -> SHOPPING.matcher(line).matches(), "shopping button line", warnings);
        removeMatching(page, Boilerplate::isTeaser, "headline teaser line", warnings);
        removeMatching(page, line -> SUBHEADING.matcher(line).matches(), "subheading line", warnings);
        removeMatching(page, line -> NOTE.matcher(line).matches(), "editor's note line", warnings);
        removeMatching(page, Boilerplate::isNumericJunk, "line of numeric junk", warnings);
        removeMatching(page, Boilerplate::isArchiveMenu, "archive menu line", warnings);
        removeMatching(page, Boilerplate::isYearMenu, "menu of years line", warnings);
        removeRepeatedSummaries(page, warnings);
        removeLines(page, i -> isNameCredit(page, i), "picture credit line", warnings);
        removeHeadlineRuns(page, warnings);
    }

    /**
     * Applies the rules that hold for the paragraphs of an HTML body too, whose markup rules have already dropped
     * navigation, lists and figures: video players, embedded posts, sign-up boxes, appeals,
     * subscription offers, transcript notices, an author's box, prompts and credits.
     */
    static void removeFromHtmlBody(PageLines page, List<String> warnings) {
        removeEmbeddedFurniture(page, warnings);
    }

    /**
     * Video players and their blurbs, embedded tweets and posts, newsletter sign-up boxes, appeals for money, subscription
     * offers, transcript notices, an author's box, prompts to the reader and reporting credits.
     */
    private static void removeEmbeddedFurniture(PageLines page, List<String> warnings) {
        removeMatching(page, line -> PLAYER.matcher(line).find() || VIDEO_BLURB.matcher(line).find(), "video player line", warnings);
        removeLines(page, i -> isPostPart(page, i), "embedded post line", warnings);
        removeMatching(page, line -> SIGN_UP.matcher(line).find(), "newsletter sign-up line", warnings);
        removeMatching(page, line -> APPEAL.matcher(line).find(), "appeal for support line", warnings);
        removeAuthorBox(page, warnings);
        removeMatching(page, line -> line.length() <= MAX_CAPTION_LINE && SUBSCRIPTION_OFFER.matcher(line).find(),
                "subscription offer line", warnings);
        removeMatching(page, line -> line.length() <= MAX_CAPTION_LINE && TRANSCRIPT_NOTICE.matcher(line).find(),
                "transcript notice line", warnings);
        removeMatching(page, line -> line.length() <= MAX_CAPTION_LINE && READER_PROMPT.matcher(line).find(), "reader prompt line",
                warnings);
        removeLines(page, i -> isListing(page, i), "broadcast listing line", warnings);
        removeMatching(page, line -> line.length() <= MAX_CAPTION_LINE && STAFF_CREDIT.matcher(line).find(), "reporting credit line",
                warnings);
    }

    /**
     * A line of a broadcast listing ({@link #LISTING}, at most {@link #MAX_CAPTION_LINE} characters) or a line of further
     * air times ({@link #AIR_TIME}) after one.
     */
    private static boolean isListing(PageLines page, int i) {
        int line = i;
        while (line >= 0 && AIR_TIME.matcher(page.line(line)).lookingAt()) {
            do {
                line--;
            } while (line >= 0 && !page.content(line));
        }
        return line >= 0 && page.line(line).length() <= MAX_CAPTION_LINE && LISTING.matcher(page.line(line)).find();
    }

    /**
     * A line of an embedded post: a tweet's stamp, its picture link, an Instagram stamp, or the text of a tweet that ends
     * with a short link or a hashtag just before a stamp of its own.
     */
    private static boolean isPostPart(PageLines page, int i) {
        String line = page.line(i);
        if (TWEET.matcher(line).find() || POST_PART.matcher(line).find()) {
            return true;
        }
        int next = page.nextContent(i + 1);
        return next >= 0 && TWEET_TEXT_END.matcher(line).find() && TWEET.matcher(page.line(next)).lookingAt();
    }

    /**
     * A photo's credit glued to the text: a name alone on a line ("Jo Prime") between a sentence and a line that opens a
     * quotation, where no byline or heading stands.
     */
    private static boolean isNameCredit(PageLines page, int i) {
        int previous = i - 1;
        while (previous >= 0 && !page.content(previous)) {
            previous--;
        }
        int next = page.nextContent(i + 1);
        return previous >= 0 && next >= 0 && NAME_LINE.matcher(page.line(i)).matches()
                && SENTENCE_END.matcher(page.line(previous)).find() && QUOTE_START.matcher(page.line(next)).lookingAt();
    }

    /**
     * A caption or summary bullet that repeats the article: a line of {@link #SUMMARY_WORDS} words or more that ends like no
     * sentence ("Crews return to the ferries after a week on strike"), whose first words stand in a line elsewhere that does
     * ("But crews return to the ferries after a week on strike, the union said."). The sentence is kept.
     */
    private static void removeRepeatedSummaries(PageLines page, List<String> warnings) {
        Set<List<String>> openings = new HashSet<>();
        for (int i = 0; i < page.size(); i++) {
            if (page.content(i) && SENTENCE_END.matcher(page.line(i)).find()) {
                List<String> words = words(page.line(i));
                for (int w = 0; w + SUMMARY_WORDS <= words.size(); w++) {
                    openings.add(words.subList(w, w + SUMMARY_WORDS));
                }
            }
        }
        removeLines(page, i -> {
            List<String> words = words(page.line(i));
            return words.size() >= SUMMARY_WORDS && !SENTENCE_END.matcher(page.line(i)).find()
                    && openings.contains(words.subList(0, SUMMARY_WORDS));
        }, "repeated caption or summary line", warnings);
    }

    /** The words of a line, lower case, without punctuation. */
    private static List<String> words(String line) {
        return Arrays.stream(NON_WORD.split(line.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A block of other stories' headlines with no heading of its own: {@link #MIN_HEADLINE_RUN} or more lines in a row
     * (blank lines and lines the other rules removed, such as captions, between them allowed) that are each short, start
     * like a headline and end like none of a sentence, a quotation or a lead-in; article prose, even in short paragraphs,
     * ends its lines with a full stop.
     */
    private static void removeHeadlineRuns(PageLines page, List<String> warnings) {
        int runs = 0;
        int lines = 0;
        int start = -1;
        int count = 0;
        for (int i = 0; i <= page.size(); i++) {
            boolean end = i == page.size();
            if (!end && !page.content(i)) {
                continue;
            }
            if (!end && isHeadline(page.line(i))) {
                start = count == 0 ? i : start;
                count++;
                continue;
            }
            if (count >= MIN_HEADLINE_RUN) {
                lines += page.removeRange(start, i);
                runs++;
            }
            count = 0;
        }
        if (runs > 0) {
            warnings.add("removed " + Counts.of(runs, "block") + " of other headlines (" + Counts.of(lines, "line") + ")");
        }
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_HEADLINE && HEADLINE_START.matcher(line).find() && !HEADLINE_END.matcher(line).find();
    }

    /** A category or archive menu of years: "Archive 2018 2017 2016 2015 2014". */
    private static boolean isYearMenu(String line) {
        Matcher m = MENU_YEAR.matcher(line);
        int years = 0;
        while (m.find()) {
            years++;
        }
        return years >= MENU_YEARS && years >= MENU_YEAR_SHARE * line.strip().split("\\s+").length;
    }

    private static void removeMatching(PageLines page, Predicate<String> rule, String what, List<String> warnings) {
        removeLines(page, i -> rule.test(page.line(i)), what, warnings);
    }

    /** Removes the lines whose index {@code rule} accepts, all decided on the page as it was before this rule. */
    private static void removeLines(PageLines page, IntPredicate rule, String what, List<String> warnings) {
        boolean[] matches = new boolean[page.size()];
        for (int i = 0; i < page.size(); i++) {
            matches[i] = page.content(i) && rule.test(i);
        }
        int count = 0;
        for (int i = 0; i < page.size(); i++) {
            if (matches[i]) {
                page.remove(i);
                count++;
            }
        }
        if (count > 0) {
            warnings.add("removed " + Counts.of(count, what));
        }
    }

    /**
     * A reader-comment section starts at a comments heading ("Discussion Policy", "Leave a Reply"), a
     * numbered comment header ("1. Name said:") or a pingback, and runs to the end of the page: comments
     * quote politicians too, and nothing after them is the article. The first line of a page never starts one.
     */
    private static void removeCommentSection(PageLines page, List<String> warnings) {
        int first = page.nextContent(0);
        for (int i = first + 1; first >= 0 && i < page.size(); i++) {
            String line = page.line(i);
            if (page.content(i) && (COMMENT_HEADINGS.contains(key(line)) || NUMBERED_COMMENT.matcher(line).matches()
                    || PINGBACK.matcher(line).matches())) {
                int comments = 0;
                for (int j = i; j < page.size(); j++) {
                    String l = page.line(j);
                    comments += page.content(j) && (COMMENT_HEADER.matcher(l).matches() || PINGBACK.matcher(l).matches()) ? 1 : 0;
                }
                int lines = page.removeRange(i, page.size());
                warnings.add("removed reader comment section (" + Counts.of(comments, "comment") + ", "
                        + Counts.of(lines, "line") + ")");
                return;
            }
        }
    }

    /**
     * An author's box closes the page: an author's sign-off ("Follow me on Twitter", "Check out my website") with at most
     * {@link #MAX_AUTHOR_BOX} lines of text after it (their bio: "I am a writer ... Currently, I cover ...") is removed
     * to the end of the page, even when a rule before this one has already taken the sign-off as a social-media line; a
     * sign-off with more text after it stays, since the article goes on.
     */
    private static void removeAuthorBox(PageLines page, List<String> warnings) {
        for (int i = 0; i < page.size(); i++) {
            if (AUTHOR_SIGN_OFF.matcher(page.line(i)).find()) {
                int after = 0;
                for (int j = i + 1; j < page.size(); j++) {
                    after += page.content(j) ? 1 : 0;
                }
                if (after <= MAX_AUTHOR_BOX) {
                    warnings.add("removed author box (" + Counts.of(page.removeRange(i, page.size()), "line") + ")");
                }
                return;
            }
        }
    }

    /**
     * A related-headlines block is a heading ("Related news", "Latest", ...) followed by list lines:
     * headlines (short, not ending like a sentence) and their section/time lines. The block ends at the
     * first line that reads like article prose.
     */
    private static void removeRelatedLists(PageLines page, List<String> warnings) {
        for (int i = 0; i < page.size(); i++) {
            if (!page.content(i) || !RELATED_HEADINGS.contains(key(page.line(i)))) {
                continue;
            }
            String heading = page.line(i);
            page.remove(i);
            int items = 0;
            int j = i + 1;
            for (; j < page.size(); j++) {
                String line = page.line(j);
                if (!page.content(j)) {
                    continue;
                }
                if (RELATED_HEADINGS.contains(key(line)) || !isListLine(line)) {
                    break;
                }
                page.remove(j);
                items++;
            }
            warnings.add(items == 0 ? "removed empty related-headlines heading '" + heading + "'"
                    : "removed related-headlines list '" + heading + "' (" + Counts.of(items, "line") + ")");
            i = j - 1;
        }
    }

    private static boolean isListLine(String line) {
        return line.length() <= MAX_LIST_LINE
                && (SECTION_TIME.matcher(line).matches() || !SENTENCE_END.matcher(line).find());
    }

    /**
     * A navigation line: one listed phrase, or several run together as a page's controls print them
     * ("Advertisement Continue reading the main story", "Share Tweet Email"), dashes between them ignored.
     */
    private static boolean isNavigation(String line) {
        if (line.length() > MAX_LIST_LINE) {
            return false;
        }
        String[] words = Arrays.stream(key(line).split("\\s+")).filter(w -> !SEPARATOR.matcher(w + "  ").matches())
                .toArray(String[]::new);
        boolean[] reachable = new boolean[words.length + 1];
        reachable[0] = true;
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 1; reachable[from] && to <= Math.min(words.length, from + MAX_PHRASE_WORDS); to++) {
                reachable[to] |= NAVIGATION.contains(String.join(" ", Arrays.copyOfRange(words, from, to)));
            }
        }
        return words.length > 0 && reachable[words.length];
    }

    /**
     * Other headlines printed after their heading on the same line: one after a colon ("Related: Rocket maker plans a
     * second launch pad"), or a list run into one line after a heading of its own ("Related stories 'WORST YET' Rebels
     * mock ..."), whose next word is capitalised or quoted as a headline's is.
     */
    private static boolean isTeaser(String line) {
        int colon = line.indexOf(':');
        if (colon >= 0 && line.length() <= MAX_LIST_LINE) {
            String heading = key(line.substring(0, colon));
            if (RELATED_HEADINGS.contains(heading) || NAVIGATION.contains(heading)) {
                return true;
            }
        }
        Matcher m = RUN_IN_LIST.matcher(line);
        return m.lookingAt() && RELATED_HEADINGS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** A slide of a numbered gallery: "13/34 ..." where 13 is at most 34 and the gallery has {@link #MIN_SLIDES} or more. */
    private static boolean isSlide(String line) {
        Matcher m = SLIDE_COUNTER.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        int slide = Integer.parseInt(m.group(1));
        int slides = Integer.parseInt(m.group(2));
        return slide >= 1 && slide <= slides && slides >= MIN_SLIDES;
    }

    private static boolean isNumericJunk(String line) {
        long digits = line.chars().filter(Character::isDigit).count();
        long nonSpace = line.chars().filter(c -> !Character.isWhitespace(c)).count();
        return digits >= 12 && digits >= 0.8 * nonSpace;
    }

    /** A line of an archive menu: "Archives: March 2021 (4) February 2021 (7) January 2021 (2) ...". */
    private static boolean isArchiveMenu(String line) {
        Matcher m = ARCHIVE_MONTH.matcher(line);
        int months = 0;
        int chars = 0;
        while (m.find()) {
            months++;
            chars += m.end() - m.start() + 1;
        }
        return months >= ARCHIVE_MONTHS && chars >= ARCHIVE_SHARE * line.strip().length();
    }

    /** A line as compared with the word lists: lower case, without trailing arrows, colons and ellipses. */
    private static String key(String line) {
        return LEADING_MARKS.matcher(Strip.trailing(line.toLowerCase(Locale.ROOT), c -> TRAILING_MARKS.indexOf(c) >= 0))
                .replaceFirst("").strip();
    }
}
