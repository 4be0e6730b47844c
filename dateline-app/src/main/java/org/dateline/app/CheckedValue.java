package org.dateline.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Converts an option's value, refusing one it cannot read or that is out of range with a message that completes
 * {@code --option "VALUE" ...}: what the value is not and what to give instead.
 */
abstract class CheckedValue<T> implements ITypeConverter<T> {
    private final Function<String, T> read;
    private final Predicate<T> accepted;
    private final String refusal;

    /**
     * @param read     reads the value, throwing a {@link RuntimeException} on one it cannot read
     * @param accepted whether a value read is in range
     * @param refusal  the end of the message for a refused value, e.g. "is not a date; use YYYY-MM-DD"
     */
    CheckedValue(Function<String, T> read, Predicate<T> accepted, String refusal) {
        this.read = read;
        this.accepted = accepted;
        this.refusal = refusal;
    }

    @Override
    public T convert(String value) {
        T converted;
        try {
            converted = read.apply(value.strip());
        } catch (RuntimeException e) {
            throw new TypeConversionException(refusal);
        }
        if (!accepted.test(converted)) {
            throw new TypeConversionException(refusal);
        }
        return converted;
    }

    /** An ISO day, YYYY-MM-DD, that exists. */
    static final class Day extends CheckedValue<LocalDate> {
        Day() {
            super(LocalDate::parse, d -> true, "is not a date; use YYYY-MM-DD");
        }
    }

    /** A page size: a whole number, at least 1. */
    static final class PageSize extends CheckedValue<Integer> {
        PageSize() {
            super(Integer::valueOf, n -> n >= 1, "is not a number of hits; use a whole number from 1");
        }
    }

    /** A confidence: a number from 0 to 1. */
    static final class Confidence extends CheckedValue<Double> {
        Confidence() {
            super(Double::valueOf, x -> x >= 0 && x <= 1, "is not a confidence; use a number from 0 to 1");
        }
    }
}
