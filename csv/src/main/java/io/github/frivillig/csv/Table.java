package io.github.frivillig.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

/**
 * The definition of one table: its columns, each with the function that finds its value in a row, and for an
 * entity table how the entity is named in the long tables of texts, themes and extensions.
 * <p>
 * Defining a column and its value in one place keeps the header and the rows from drifting apart, and lets the
 * texts of every text column reach the {@code texts} table without a second list of fields.
 *
 * @param <R> the type of the rows
 */
final class Table<R> {

    /**
     * One column.
     *
     * @param name  the column name
     * @param personal  whether the column holds personal data
     * @param value  the value of the column in a row, null for an empty field
     * @param text  for a text column, the localized text the value is resolved from; null for other columns
     */
    record Column<R>(String name, boolean personal, BiFunction<PolicyContext, R, @Nullable String> value,
            @Nullable Function<R, @Nullable LocalizedText> text) {

        /** Whether an export with these options writes the column: personal columns only when asked for. */
        boolean isWritten(CsvExportOptions options) {
            return !personal || options.includesPersonalData();
        }
    }

    private final CsvTable table;
    private final List<Column<R>> columns;
    private final @Nullable String entity;
    private final Function<R, @Nullable String> entityId;
    private final Function<R, @Nullable String> entityNumber;
    private final @Nullable Function<R, List<Theme>> themes;
    private final @Nullable Function<R, Map<String, ExtensionValue>> extensions;

    private Table(Builder<R> builder) {
        this.table = builder.table;
        this.columns = List.copyOf(builder.columns);
        this.entity = builder.entity;
        this.entityId = builder.entityId;
        this.entityNumber = builder.entityNumber;
        this.themes = builder.themes;
        this.extensions = builder.extensions;
    }

    static <R> Builder<R> of(CsvTable table) {
        return new Builder<>(table);
    }

    CsvTable table() {
        return table;
    }

    List<Column<R>> columns() {
        return columns;
    }

    List<String> columnNames(CsvExportOptions options) {
        List<String> names = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            if (column.isWritten(options)) {
                names.add(column.name());
            }
        }
        return List.copyOf(names);
    }

    List<String> personalColumnNames() {
        return columns.stream().filter(Column::personal).map(Column::name).toList();
    }

    /** Writes one row, and the entity's texts, themes and extensions to their long tables. */
    void write(ExportRun run, PolicyContext policy, R row) {
        @Nullable String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(policy, row);
        }
        run.writer(table).write(values);
        if (entity == null) {
            return;
        }
        String id = entityId.apply(row);
        String number = entityNumber.apply(row);
        for (Column<R> column : columns) {
            LocalizedText text = column.text() == null ? null : column.text().apply(row);
            if (text != null) {
                for (Map.Entry<String, String> entry : text.texts().entrySet()) {
                    Tables.TEXTS.write(run, policy, new Tables.TextRow(entity, id, number, column.name(),
                            entry.getKey(), entry.getValue()));
                }
            }
        }
        if (themes != null) {
            for (Theme theme : themes.apply(row)) {
                Tables.THEMES.write(run, policy, new Tables.ThemeRow(entity, id, theme));
            }
        }
        if (extensions != null) {
            for (Map.Entry<String, ExtensionValue> entry : extensions.apply(row).entrySet()) {
                Tables.EXTENSIONS.write(run, policy,
                        new Tables.ExtensionRow(entity, id, entry.getKey(), entry.getValue()));
            }
        }
    }

    /** Builds a table definition; every table starts with {@code policy_id}. */
    static final class Builder<R> {
        private final CsvTable table;
        private final List<Column<R>> columns = new ArrayList<>();
        private @Nullable String entity;
        private Function<R, @Nullable String> entityId = row -> null;
        private Function<R, @Nullable String> entityNumber = row -> null;
        private @Nullable Function<R, List<Theme>> themes;
        private @Nullable Function<R, Map<String, ExtensionValue>> extensions;

        private Builder(CsvTable table) {
            this.table = table;
            columns.add(new Column<>("policy_id", false, (policy, row) -> policy.policyId(), null));
        }

        /** Names the entity a row stands for in the texts, themes and extensions tables, and how it is keyed. */
        Builder<R> entity(String name, Function<R, @Nullable String> id, Function<R, @Nullable String> number) {
            this.entity = name;
            this.entityId = id;
            this.entityNumber = number;
            return this;
        }

        Builder<R> column(String name, Function<R, @Nullable String> value) {
            return add(new Column<>(name, false, (policy, row) -> value.apply(row), null));
        }

        Builder<R> personal(String name, Function<R, @Nullable String> value) {
            return add(new Column<>(name, true, (policy, row) -> value.apply(row), null));
        }

        /** A text column: the text in the policy's language, and every language of it in the texts table. */
        Builder<R> text(String name, Function<R, @Nullable LocalizedText> text) {
            return add(new Column<>(name, false, (policy, row) -> {
                LocalizedText value = text.apply(row);
                return value == null ? null : value.resolve(policy.locale()).orElse(null);
            }, text));
        }

        /** A partial date: its EDTF text, and the first and last day it may denote. */
        Builder<R> date(String name, Function<R, @Nullable PartialDate> date) {
            column(name, row -> Values.string(date.apply(row)));
            column(name + "_earliest", row -> {
                PartialDate value = date.apply(row);
                return value == null ? null : value.earliest().map(Object::toString).orElse(null);
            });
            return column(name + "_latest", row -> {
                PartialDate value = date.apply(row);
                return value == null ? null : value.latest().map(Object::toString).orElse(null);
            });
        }

        /** A period: its first and its last date, each a partial date, as {@code <name>_from} and {@code <name>_to}. */
        Builder<R> period(String name, Function<R, @Nullable Period> period) {
            date(name + "_from", row -> Values.get(period.apply(row), Period::from));
            return date(name + "_to", row -> Values.get(period.apply(row), Period::to));
        }

        /** A governing body: its kind and its name, as {@code <name>_kind} and {@code <name>_name}. */
        Builder<R> governingBody(String name, Function<R, @Nullable GoverningBody> body) {
            column(name + "_kind", row -> Values.code(Values.get(body.apply(row), GoverningBody::kind)));
            return column(name + "_name", row -> Values.get(body.apply(row), GoverningBody::name));
        }

        /**
         * A count: its number, the upper end of a range, and how exactly the number is known. A vague count ("many")
         * has no number: its number column is empty and its qualifier column says how many.
         */
        Builder<R> count(String name, Function<R, @Nullable Count> count) {
            column(name, row -> {
                Count value = count.apply(row);
                return value == null ? null : Values.string(value.value());
            });
            column(name + "_up_to", row -> {
                Count value = count.apply(row);
                return value == null ? null : Values.string(value.upTo());
            });
            return column(name + "_qualifier", row -> {
                Count value = count.apply(row);
                return value == null ? null : value.qualifier().code();
            });
        }

        Builder<R> themes(Function<R, List<Theme>> themes) {
            this.themes = themes;
            return this;
        }

        Builder<R> extensions(Function<R, Map<String, ExtensionValue>> extensions) {
            this.extensions = extensions;
            return this;
        }

        private Builder<R> add(Column<R> column) {
            for (Column<R> existing : columns) {
                if (existing.name().equals(column.name())) {
                    throw new IllegalStateException("Column '" + column.name() + "' twice in " + table);
                }
            }
            columns.add(Objects.requireNonNull(column, "column"));
            return this;
        }

        Table<R> build() {
            if ((themes != null || extensions != null) && entity == null) {
                throw new IllegalStateException(table + " has themes or extensions but names no entity");
            }
            return new Table<>(this);
        }
    }
}
