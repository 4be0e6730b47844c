package org.dateline.pipeline;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of model records whose short strings are the instances of equal strings copied before: what a run holds of
 * each analysed article until the corpus stage links them ({@link CorpusRun}). An article's mentions repeat its actors'
 * ids and names, its quotes their speakers', and across articles the same names, rules and cue words recur; as the
 * facts stage makes them each is a string of its own (about 300 an article on PolNeAR's and news-cluster-dev's texts:
 * with the texts, 26 of the 30 KB held an article; 13 KB with them shared). Strings of more than
 * {@value #SHARED_LENGTH} characters (texts) are copied as they are.
 *
 * <p>A copy equals its record: records are rebuilt through their canonical constructors from their components,
 * lists element by element; other values (numbers, enums, null) are kept. At most {@code most} distinct strings are
 * remembered; past that all are forgotten and sharing starts again, so that a long run's table stays bounded. Not
 * thread-safe.
 */
final class SharedStrings {
    /** The longest string shared. */
    static final int SHARED_LENGTH = 64;
    /** The distinct strings a run's table remembers: each article brings about 50 new ones (its ids, new names). */
    static final int ROOM = 1 << 16;

    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private final int most;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<Class<?>, Shape> shapes = new HashMap<>();

    /** A table that remembers at most {@code most} distinct strings at a time. */
    SharedStrings(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a table of shared strings needs room for one, not " + most);
        }
        this.most = most;
    }

    /** {@code record} with its short strings, and those of the records and lists it holds, shared. */
    <R extends Record> R share(R record) {
        @SuppressWarnings("unchecked")
        R copy = (R) copy(record);
        return copy;
    }

    private Object copy(Object value) {
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(e -> copied.add(copy(e)));
            return copied;
        }
        if (value instanceof Record r) {
            return record(r);
        }
        return value;
    }

    private String string(String s) {
        if (s.length() > SHARED_LENGTH) {
            return s;
        }
        String known = seen.get(s);
        if (known != null) {
            return known;
        }
        if (seen.size() >= most) {
            seen.clear();
        }
        seen.put(s, s);
        return s;
    }

    private Object record(Record r) {
        Shape shape = shapes.computeIfAbsent(r.getClass(), SharedStrings::shape);
        Object[] values = new Object[shape.accessors().length];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = copy(shape.accessors()[i].invoke(r));
            }
            return shape.constructor().newInstance(values);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("cannot copy a " + r.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy a " + r.getClass().getName(), e.getCause());
        }
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            types[i] = components[i].getType();
        }
        try {
            return new Shape(accessors, type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }
}
