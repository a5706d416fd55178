package dk.trappen.models.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import dk.trappen.models.ModelContext;
import dk.trappen.models.ModelContext.BeanKind;
import dk.trappen.platform.PersonalData;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Text;

/**
 * The rules that keep a model from being code: no scripts, no Java classes, no embedded (HTML and
 * JavaScript) forms, delegate expressions only to the product's beans for models, and every
 * expression, wherever it stands (conditions, mappings, listeners, due dates, assignees, timers,
 * names, call activities), limited by {@link ExpressionPolicy}. Reads the XML itself, not the model
 * API's view of it, so that no attribute or text a future engine version evaluates is overlooked.
 */
final class CodeRules {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    /** A delegate expression naming one bean: {@code ${assessConcern}}. */
    static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    /** Camunda's own expression language, with method calls as the engine parses it. */
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private CodeRules() {
    }

    /** Checks a BPMN file's XML. */
    static void checkBpmn(byte[] xml, ModelContext context, Consumer<Finding> violations) {
        Document document = parse(xml);
        walk(document.getDocumentElement(), context, violations);
    }

    /** Checks a DMN file's XML: FEEL only (the JUEL and script languages of DMN can call Java). */
    static void checkDmn(byte[] xml, Consumer<Finding> violations) {
        Document document = parse(xml);
        dmnLanguages(document.getDocumentElement(), violations);
    }

    record Finding(String element, String message) {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception unreadable) {
            throw new IllegalArgumentException("filen kan ikke læses som XML: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void walk(Element element, ModelContext context, Consumer<Finding> violations) {
        String owner = owner(element);
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMN.equals(ns) && "scriptTask".equals(local)) {
            violations.accept(new Finding(owner, "skriptopgaver er ikke tilladt: en model må ikke køre kode (brug en serviceopgave, som kalder en af produktets komponenter)"));
        }
        if (CAMUNDA.equals(ns) && "script".equals(local)) {
            violations.accept(new Finding(owner, "scripts (camunda:script) er ikke tilladt: en model må ikke køre kode"));
        }
        if (CAMUNDA.equals(ns) && "connector".equals(local)) {
            violations.accept(new Finding(owner, "connectors (camunda:connector) er ikke tilladt: en model må ikke kalde andre systemer direkte"));
        }
        if (BPMN.equals(ns) && "conditionExpression".equals(local) && element.hasAttribute("language")) {
            violations.accept(new Finding(owner, "betingelsen er skrevet i sproget \"" + element.getAttribute("language")
                    + "\": en betingelse skal være et udtryk som ${route == 'INVESTIGATION'}, ikke et script"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            attribute(owner, attribute, context, violations);
        }
        if (BPMN.equals(ns) && ("documentation".equals(local) || "text".equals(local))) {
            return; // read by people, never evaluated
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, context, violations);
            } else if (child instanceof Text text && isExpression(text.getData())) {
                expression(owner, text.getData().trim(), context, violations);
            }
        }
    }

    private static void attribute(String owner, Attr attribute, ModelContext context, Consumer<Finding> violations) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        // camunda:class="…" on a task, or class="…" on a camunda:taskListener: both are Camunda's attributes.
        boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
                || attribute.getNamespaceURI() == null && CAMUNDA.equals(attribute.getOwnerElement().getNamespaceURI());
        if (camunda) {
            if (CLASS_ATTRIBUTES.contains(name)) {
                violations.accept(new Finding(owner, "Java-klasser (camunda:" + name + "=\"" + value
                        + "\") er ikke tilladt: en model kalder kun produktets komponenter med camunda:delegateExpression=\"${navn}\""));
                return;
            }
            if ("resource".equals(name)) {
                violations.accept(new Finding(owner, "eksterne ressourcer (camunda:resource=\"" + value
                        + "\") er ikke tilladt: de er scripts uden for modellen"));
                return;
            }
            if ("formKey".equals(name)) {
                violations.accept(new Finding(owner, "indlejrede og genererede formularer (camunda:formKey=\"" + value
                        + "\") er ikke tilladt, fordi de kan køre JavaScript i Tasklist: brug en Camunda Form (camunda:formRef)"));
                return;
            }
            if (DELEGATE_ATTRIBUTES.contains(name)) {
                delegate(owner, value, context, violations);
                return;
            }
        }
        if (isExpression(value)) {
            expression(owner, value, context, violations);
        }
    }

    private static void delegate(String owner, String expression, ModelContext context, Consumer<Finding> violations) {
        Matcher matcher = BEAN_EXPRESSION.matcher(expression.trim());
        if (!matcher.matches()) {
            violations.accept(new Finding(owner, "delegate expression " + expression
                    + " skal være ${navn} på en af produktets komponenter til modeller"));
            return;
        }
        String bean = matcher.group(1);
        BeanKind kind = context.bean(bean);
        if (kind == BeanKind.APPLICATION) {
            violations.accept(new Finding(owner, "delegate expression ${" + bean + "}: '" + bean
                    + "' er en af applikationens komponenter, ikke en komponent til modeller"));
        } else if (kind == BeanKind.NONE) {
            violations.accept(new Finding(owner, "delegate expression ${" + bean + "} nævner ingen af produktets komponenter: '"
                    + bean + "' findes ikke"));
        }
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** One expression: everything it names and calls must be within {@link ExpressionPolicy}. */
    static void expression(String owner, String expression, ModelContext context, Consumer<Finding> violations) {
        AstNode root;
        try {
            root = (AstNode) PARSER.build(expression).getRoot();
        } catch (TreeBuilderException | ClassCastException unreadable) {
            violations.accept(new Finding(owner, "udtrykket " + expression + " kan ikke læses: " + unreadable.getMessage()));
            return;
        }
        List<String> problems = new ArrayList<>();
        node(root, context, problems);
        problems.stream().distinct().forEach(problem -> violations.accept(new Finding(owner, "udtrykket " + expression + ": " + problem)));
    }

    private static void node(Node node, ModelContext context, List<String> problems) {
        if (node instanceof AstIdentifier identifier) {
            identifier(identifier.getName(), context, problems);
        } else if (node instanceof AstFunction function && !ExpressionPolicy.FUNCTIONS.contains(function.getName())) {
            problems.add("funktionen " + function.getName() + "() er ikke tilladt (tilladt: " + sorted(ExpressionPolicy.FUNCTIONS) + ")");
        } else if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            String name = memberName(property);
            if (name == null || !ExpressionPolicy.allowedMethod(name)) {
                problems.add("metoden " + (name == null ? "(beregnet navn)" : name + "()")
                        + " må ikke kaldes; et udtryk må kalde execution/task's variabelmetoder og datoregning som plusDays(…).toDate()");
            }
            node(property.getChild(0), context, problems);
            for (int i = 1; i < method.getCardinality(); i++) {
                node(method.getChild(i), context, problems);
            }
            return;
        } else if (node instanceof AstProperty property) {
            String name = memberName(property);
            if (name != null && ExpressionPolicy.FORBIDDEN_PROPERTIES.contains(name)) {
                problems.add("egenskaben '" + name + "' må ikke læses");
            }
            Node base = property.getChild(0);
            if (name != null && base instanceof AstIdentifier scope && ExpressionPolicy.ENGINE_NAMES.contains(scope.getName())
                    && !ExpressionPolicy.SCOPE_PROPERTIES.contains(name)) {
                problems.add(scope.getName() + "." + name + " må ikke læses (tilladt: " + sorted(ExpressionPolicy.SCOPE_PROPERTIES) + ")");
            }
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            node(node.getChild(i), context, problems);
        }
    }

    private static void identifier(String name, ModelContext context, List<String> problems) {
        if (PersonalData.isPersonal(name)) {
            problems.add("'" + name + "' er personoplysninger (pii_), som aldrig må bruges i processen");
            return;
        }
        if (ExpressionPolicy.ENGINE_NAMES.contains(name)) {
            return;
        }
        BeanKind kind = context.bean(name);
        if (kind == BeanKind.APPLICATION) {
            problems.add("'" + name + "' er en af applikationens komponenter; et udtryk må kun bruge procesvariabler");
        } else if (kind == BeanKind.MODEL) {
            problems.add("komponenten '" + name + "' må kun stå alene som delegate expression ${" + name + "}");
        }
    }

    /** The name after the dot, or a literal in brackets; null when the name is computed. */
    private static String memberName(AstProperty property) {
        if (property instanceof AstDot dot) {
            String text = dot.toString();
            return text.startsWith(". ") ? text.substring(2) : text;
        }
        if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
            return String.valueOf(literal.eval(null, null));
        }
        return null;
    }

    private static void dmnLanguages(Element element, Consumer<Finding> violations) {
        if (element.hasAttribute("expressionLanguage")) {
            String language = element.getAttribute("expressionLanguage").trim().toLowerCase(java.util.Locale.ROOT);
            if (!(language.isEmpty() || language.equals("feel") || language.endsWith("/feel")
                    || language.startsWith("https://www.omg.org/spec/dmn/") && language.contains("feel"))) {
                violations.accept(new Finding(owner(element), "udtrykssproget \"" + element.getAttribute("expressionLanguage")
                        + "\" er ikke tilladt: beslutningstabeller skrives i FEEL (Modeler's standard)"));
            }
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                dmnLanguages(childElement, violations);
            } else if (child instanceof Text text && text.getData().contains("external")
                    && text.getData().toLowerCase(java.util.Locale.ROOT).contains("java")) {
                violations.accept(new Finding(owner(element), "FEEL-funktioner, der kalder Java (external java), er ikke tilladt"));
            }
        }
    }

    /** The id of the nearest element that has one: what Modeler lets the owner find. */
    static String owner(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (e.hasAttribute("id") && !e.getLocalName().equals("definitions")) {
                return e.getAttribute("id");
            }
        }
        return "filen";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
