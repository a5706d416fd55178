package dk.trappen.letters.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The letters' templates: Thymeleaf HTML a municipality edits without Java. A template in the
 * folder {@code trappen.letters.template-folder} wins over the product's default of the same name
 * on the classpath ({@code letters/templates/}), so a municipality copies one file, changes its
 * words and keeps the rest. Templates must stay well-formed XHTML: the PDF is rendered from them.
 */
@Component
public class LetterTemplates {

    private static final Logger log = LoggerFactory.getLogger(LetterTemplates.class);
    public static final String DEFAULTS = "letters/templates/";

    private final TemplateEngine engine = new TemplateEngine();

    public LetterTemplates(@Value("${trappen.letters.template-folder:}") String folder) {
        int order = 1;
        if (folder != null && !folder.isBlank()) {
            Path path = Path.of(folder).toAbsolutePath();
            if (!Files.isDirectory(path)) {
                log.warn("trappen.letters.template-folder {} is no folder: the product's default letters are used", path);
            }
            FileTemplateResolver local = new FileTemplateResolver();
            local.setPrefix(path + "/");
            local.setSuffix(".html");
            local.setTemplateMode(TemplateMode.HTML);
            local.setCharacterEncoding("UTF-8");
            local.setCheckExistence(true);
            local.setCacheable(false); // a changed template applies to the next letter without a restart
            local.setOrder(order++);
            engine.addTemplateResolver(local);
        }
        ClassLoaderTemplateResolver defaults = new ClassLoaderTemplateResolver();
        defaults.setPrefix(DEFAULTS);
        defaults.setSuffix(".html");
        defaults.setTemplateMode(TemplateMode.HTML);
        defaults.setCharacterEncoding("UTF-8");
        defaults.setCheckExistence(true);
        defaults.setOrder(order);
        engine.addTemplateResolver(defaults);
    }

    /** The template {@code name} filled with {@code model}; every value is escaped by Thymeleaf. */
    public String render(String name, Map<String, Object> model) {
        Context context = new Context(Locale.forLanguageTag("da-DK"));
        context.setVariables(model);
        return engine.process(name, context);
    }
}
