package dk.trappen.models.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.trappen.models.internal.CodeRules.Finding;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The limits of the law a decision table must keep whatever a process owner edits in it. The table is
 * evaluated, not read: every combination of its inputs' values is put to the edited table, so a limit
 * holds however the rules are ordered or written. A limit names the law it comes from and the row that
 * breaks it.
 *
 * <ul>
 *   <li>{@code followUpCadence}: the first follow-up at most 3 months after a measure starts, and no
 *       interval longer than 6 months (Barnets lov § 95; the old Serviceloven's "at least every 6 months",
 *       kept as the product's floor); every policy and measure has a cadence.</li>
 *   <li>{@code triageConcern}: acute danger always routes to acute action (Barnets lov § 136); where the
 *       table has the input {@code concernsAbuse}, abuse without acute danger always routes to an
 *       investigation (§ 20 stk. 1 nr. 2).</li>
 *   <li>{@code grantingAuthority}: a placement (steps 4–6) is never granted by the caseworker alone.</li>
 * </ul>
 */
final class LegalLimits {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final List<Integer> MONTHS = List.of(0, 1, 2, 3, 6, 12, 24);
    private static final List<Integer> COUNTS = List.of(0, 1, 2, 5);
    private static final List<Integer> STEPS = List.of(1, 2, 3, 4, 5, 6);
    private static final ThreadLocal<List<String>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
    private static volatile DmnEngine engine;

    private LegalLimits() {
    }

    static void check(byte[] xml, Consumer<Finding> violations) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            switch (decision.getId()) {
                case "followUpCadence" -> followUpCadence(model, decision, violations);
                case "triageConcern" -> triageConcern(model, decision, violations);
                case "grantingAuthority" -> grantingAuthority(model, decision, violations);
                default -> {
                }
            }
        }
    }

    private static void followUpCadence(DmnModelInstance model, Decision decision, Consumer<Finding> violations) {
        evaluate(model, decision, Map.of("monthsSinceStart", MONTHS, "followUpsHeld", COUNTS), violations, (inputs, result, rule) -> {
            Object interval = result == null ? null : result.get("interval");
            if (interval == null) {
                return "ingen regel giver en frekvens for " + describe(inputs) + ": hver politik og indsats skal have en";
            }
            Period period;
            try {
                period = Period.parse(interval.toString());
            } catch (DateTimeParseException e) {
                return rule + " giver \"" + interval + "\", som ikke er en varighed (fx \"P3M\" for 3 måneder)";
            }
            boolean first = Integer.valueOf(0).equals(inputs.get("followUpsHeld"));
            if (first && Integer.valueOf(0).equals(inputs.get("monthsSinceStart")) && longer(period, Period.ofMonths(3))) {
                return rule + " sætter den første opfølgning " + words(period) + " efter start for " + describe(inputs)
                        + ", men loven kræver den senest efter 3 måneder (Barnets lov § 95)";
            }
            if (longer(period, Period.ofMonths(6))) {
                return rule + " giver " + words(period) + " mellem opfølgninger for " + describe(inputs)
                        + ", men der må højst gå 6 måneder";
            }
            return null;
        });
    }

    private static void triageConcern(DmnModelInstance model, Decision decision, Consumer<Finding> violations) {
        evaluate(model, decision, Map.of(), violations, (inputs, result, rule) -> {
            Object route = result == null ? null : result.get("route");
            if (Boolean.TRUE.equals(inputs.get("acuteDanger")) && !"ACUTE_ACTION".equals(route)) {
                return rule + " sender en underretning med akut fare til " + (route == null ? "ingen rute" : "ruten " + route)
                        + " for " + describe(inputs) + ", men akut fare skal altid føre til akut handling (Barnets lov § 136)";
            }
            if (Boolean.TRUE.equals(inputs.get("concernsAbuse")) && Boolean.FALSE.equals(inputs.get("acuteDanger"))
                    && !"INVESTIGATION".equals(route)) {
                return rule + " sender en underretning om overgreb til " + (route == null ? "ingen rute" : "ruten " + route)
                        + " for " + describe(inputs) + ", men overgreb skal altid føre til en børnefaglig undersøgelse (Barnets lov § 20, stk. 1, nr. 2)";
            }
            return null;
        });
    }

    private static void grantingAuthority(DmnModelInstance model, Decision decision, Consumer<Finding> violations) {
        evaluate(model, decision, Map.of("staircaseStep", STEPS), violations, (inputs, result, rule) -> {
            Object approver = result == null ? null : result.get("approver");
            Object step = inputs.get("staircaseStep");
            if (step instanceof Integer s && s >= 4 && !"TEAM_LEADER".equals(approver)) {
                return rule + " lader " + (approver == null ? "ingen" : "\"" + approver + "\"") + " bevilge en anbringelse (trin " + s
                        + ") for " + describe(inputs) + ", men en anbringelse skal altid godkendes af teamlederen";
            }
            return null;
        });
    }

    interface Check {
        /** The broken limit in words, or null. */
        String apply(Map<String, Object> inputs, Map<String, Object> result, String rule);
    }

    /** Puts every combination of the inputs' values to the table and reports each distinct broken limit once. */
    private static void evaluate(DmnModelInstance model, Decision decision, Map<String, List<Integer>> numbers,
                                 Consumer<Finding> violations, Check check) {
        List<Input> inputs = new ArrayList<>(decision.getChildElementsByType(DecisionTable.class).stream()
                .flatMap(table -> table.getInputs().stream()).toList());
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Input input : inputs) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                    : input.getInputExpression().getText().getTextContent().trim();
            if (!NAME.matcher(expression).matches()) {
                violations.accept(new Finding(decision.getId(), "lovens grænser kan ikke kontrolleres: inputtet "
                        + label(input) + " skal være et variabelnavn, er \"" + expression + "\""));
                return;
            }
            values.put(expression, candidates(decision, input, expression, numbers));
        }
        DmnDecision parsed;
        try {
            parsed = engine().parseDecision(decision.getId(), model);
        } catch (RuntimeException unreadable) {
            violations.accept(new Finding(decision.getId(), "beslutningstabellen kan ikke læses: " + unreadable.getMessage()));
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Map<String, Object> combination : combinations(values)) {
            MATCHED.get().clear();
            String problem;
            try {
                DmnDecisionResult result = engine().evaluateDecision(parsed, new LinkedHashMap<>(combination));
                String rule = rows(decision);
                problem = result.isEmpty() ? check.apply(combination, null, rule)
                        : result.getResultList().stream().map(r -> check.apply(combination, r, rule))
                        .filter(p -> p != null).findFirst().orElse(null);
            } catch (RuntimeException failed) {
                problem = "beslutningstabellen fejler for " + describe(combination) + ": " + failed.getMessage();
            }
            if (problem != null && reported.add(problem) && reported.size() <= 5) {
                violations.accept(new Finding(decision.getId(), problem));
            }
        }
    }

    /** The rows that matched the last evaluation, as Modeler numbers them. */
    private static String rows(Decision decision) {
        List<Rule> rules = decision.getChildElementsByType(DecisionTable.class).stream()
                .flatMap(table -> table.getRules().stream()).toList();
        List<String> matched = new ArrayList<>();
        for (String id : MATCHED.get()) {
            for (int i = 0; i < rules.size(); i++) {
                if (id.equals(rules.get(i).getId())) {
                    matched.add("regel " + (i + 1) + " (" + id + ")");
                }
            }
        }
        return matched.isEmpty() ? "tabellen" : String.join(" og ", matched);
    }

    /** The values worth trying for an input: its allowed values and every literal its rules test. */
    private static List<Object> candidates(Decision decision, Input input, String name, Map<String, List<Integer>> numbers) {
        String type = input.getInputExpression().getTypeRef() == null ? "" : input.getInputExpression().getTypeRef();
        if (type.equals("boolean")) {
            return List.of(true, false);
        }
        if (numbers.containsKey(name) || type.equals("integer") || type.equals("long")) {
            return new ArrayList<>(numbers.getOrDefault(name, MONTHS));
        }
        Set<Object> literals = new LinkedHashSet<>();
        if (input.getInputValues() != null && input.getInputValues().getText() != null) {
            literals(input.getInputValues().getText().getTextContent(), literals);
        }
        List<Input> columns = decision.getChildElementsByType(DecisionTable.class).stream()
                .flatMap(table -> table.getInputs().stream()).toList();
        int column = columns.indexOf(input);
        decision.getChildElementsByType(DecisionTable.class).stream().flatMap(table -> table.getRules().stream())
                .forEach(rule -> {
                    List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
                    if (column < entries.size() && entries.get(column).getText() != null) {
                        literals(entries.get(column).getText().getTextContent(), literals);
                    }
                });
        return new ArrayList<>(literals);
    }

    private static void literals(String text, Set<Object> into) {
        Matcher matcher = STRING_LITERAL.matcher(text == null ? "" : text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Map<String, Object>> combinations(Map<String, List<Object>> values) {
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> input : values.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (Object value : input.getValue()) {
                    Map<String, Object> combination = new LinkedHashMap<>(partial);
                    combination.put(input.getKey(), value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** Whether {@code period} reaches further than {@code limit} from some day of a year. */
    static boolean longer(Period period, Period limit) {
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
            if (day.plus(period).isAfter(day.plus(limit))) {
                return true;
            }
        }
        return false;
    }

    /** "P3M" as "3 måneder", "P6W" as "6 uger": what a process owner reads. */
    static String words(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " år" : " år"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " måned" : " måneder"));
        }
        int days = period.getDays();
        if (days > 0 && days % 7 == 0) {
            parts.add(days / 7 + (days == 7 ? " uge" : " uger"));
        } else if (days > 0) {
            parts.add(days + (days == 1 ? " dag" : " dage"));
        }
        return parts.isEmpty() ? "ingen tid" : String.join(" og ", parts);
    }

    private static String describe(Map<String, Object> inputs) {
        List<String> parts = new ArrayList<>();
        inputs.forEach((name, value) -> parts.add(name + " = " + (value instanceof String ? "\"" + value + "\"" : value)));
        return String.join(", ", parts);
    }

    private static String label(Input input) {
        return input.getLabel() == null ? input.getId() : "\"" + input.getLabel() + "\"";
    }

    private static DmnEngine engine() {
        DmnEngine built = engine;
        if (built == null) {
            synchronized (LegalLimits.class) {
                if (engine == null) {
                    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
                            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
                    configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(event ->
                            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED.get()::add)));
                    engine = configuration.buildEngine();
                }
                built = engine;
            }
        }
        return built;
    }
}
