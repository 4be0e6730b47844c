package org.dateline.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names and their printed abbreviations in the languages news pages are read in: English, German,
 * French, Spanish, Portuguese, Italian, Dutch, Romanian, Hungarian, Turkish, Russian and Ukrainian (in the
 * nominative and in the genitive that follows a day, "3 марта", "3 березня"), and Arabic (the Egyptian and the
 * Levantine names). A name means the same month in
 * every language that has it ("mai", "juni"), so no language needs to be known.
 */
final class MonthNames {
    /** For each month, January first, its names and abbreviations separated by '|'. */
    private static final List<String> MONTHS = List.of(
            "january|jan|januar|jänner|janvier|janv|enero|ene|janeiro|gennaio|gen|januari|ianuarie|ian|január|ocak|январь|января|янв|січень|січня|січ|يناير|كانون الثاني",
            "february|feb|februar|février|fevrier|févr|fevr|febrero|fevereiro|fev|febbraio|februari|februarie|február|şubat|subat|февраль|февраля|фев|лютий|лютого|лют|فبراير|شباط",
            "march|mar|märz|maerz|mär|mars|marzo|março|marco|maart|martie|március|mart|март|марта|мар|березень|березня|бер|مارس|آذار",
            "april|apr|avril|avr|abril|abr|aprile|aprilie|április|nisan|апрель|апреля|квітень|квітня|кві|квіт|أبريل|ابريل|إبريل|نيسان",
            "may|mai|mayo|maio|maggio|mag|mei|május|mayıs|mayis|май|мая|травень|травня|трав|مايو|أيار|ايار",
            "june|jun|juni|juin|junio|junho|giugno|giu|iunie|június|haziran|июнь|июня|июн|червень|червня|черв|يونيو|يونية|حزيران",
            "july|jul|juli|juillet|juil|julio|julho|luglio|lug|iulie|július|temmuz|июль|июля|июл|липень|липня|лип|يوليو|يولية|تموز",
            "august|aug|août|aout|agosto|ago|augustus|augusztus|ağustos|agustos|август|августа|авг|серпень|серпня|серп|أغسطس|اغسطس|آب",
            "september|sep|sept|septembre|septiembre|setiembre|setembro|set|settembre|septembrie|szeptember|eylül|eylul|сентябрь|сентября|сен|сент|вересень|вересня|вер|سبتمبر|أيلول|ايلول",
            "october|oct|oktober|okt|octobre|octubre|outubro|out|ottobre|ott|octombrie|október|ekim|октябрь|октября|окт|жовтень|жовтня|жовт|أكتوبر|اكتوبر|تشرين الأول",
            "november|nov|novembre|noviembre|novembro|noiembrie|kasım|kasim|ноябрь|ноября|ноя|нояб|листопад|листопада|лист|نوفمبر|تشرين الثاني",
            "december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dezembro|dicembre|decembrie|aralık|aralik|декабрь|декабря|дек|грудень|грудня|груд|ديسمبر|كانون الأول");
    private static final Map<String, Integer> NUMBER = numbers();

    /** Every name, longest first (so that a regex alternation prefers "marzo" to "mar"), as a regex group body. */
    static final String ANY = NUMBER.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?:", ")"));

    private MonthNames() {
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String name : MONTHS.get(i).split("\\|")) {
                out.put(name, i + 1);
            }
        }
        return out;
    }

    /** The month number (1 to 12) of a name matched by {@link #ANY} in any letter case, or 0 when it names none. */
    static int number(String name) {
        return NUMBER.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
