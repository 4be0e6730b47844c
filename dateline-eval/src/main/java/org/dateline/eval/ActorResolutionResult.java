package org.dateline.eval;

import java.util.List;
import java.util.Locale;

/**
 * Country and sector accuracy over the NGEC actor-resolution checks.
 *
 * @param dropped checks left out (disabled upstream, a non-literal argument, a call or field we do not
 *                code, or no real expected code)
 * @param misses  the failed checks, as "field 'text' expected X got Y" lines
 */
public record ActorResolutionResult(int countryChecks, int countryCorrect, int sectorChecks, int sectorCorrect,
                                    int dropped, List<String> misses) {
    public ActorResolutionResult {
        misses = List.copyOf(misses);
    }

    public double countryAccuracy() {
        return countryChecks == 0 ? 0 : (double) countryCorrect / countryChecks;
    }

    public double sectorAccuracy() {
        return sectorChecks == 0 ? 0 : (double) sectorCorrect / sectorChecks;
    }

    public String format() {
        return String.format(Locale.ROOT, "country accuracy %.3f (%d/%d), sector accuracy %.3f (%d/%d), %d checks dropped",
                countryAccuracy(), countryCorrect, countryChecks, sectorAccuracy(), sectorCorrect, sectorChecks,
                dropped);
    }
}
