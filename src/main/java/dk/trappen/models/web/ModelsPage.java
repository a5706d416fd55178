package dk.trappen.models.web;

import static dk.trappen.platform.HtmlPage.escape;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.models.DeployedVersion;
import dk.trappen.models.DeployedXml;
import dk.trappen.models.DeploymentSource;
import dk.trappen.models.MigrationProposal;
import dk.trappen.models.MigrationStarted;
import dk.trappen.models.ModelDrift;
import dk.trappen.models.ModelKind;
import dk.trappen.models.ModelMigrations;
import dk.trappen.models.ModelState;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.PageCsrf;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process owners' pages (Danish): every model beside the build's file, a model's deployed
 * versions with a download of each, and moving running cases from one version to another. Only
 * process owners and the administrator; a POST carries the session's CSRF token.
 */
@RestController
class ModelsPage {

    static final String COCKPIT_BATCH = "/camunda/app/cockpit/default/#/batch?details=%s&type=runtime";

    private final ModelDrift drift;
    private final ModelMigrations migrations;
    private final Organisation organisation;
    private final ZoneId zone;

    ModelsPage(ModelDrift drift, ModelMigrations migrations, Organisation organisation, TimeSource time) {
        this.drift = drift;
        this.migrations = migrations;
        this.organisation = organisation;
        this.zone = time.zone();
    }

    @GetMapping(value = "/app/models", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> models() {
        return HtmlPage.respond(() -> {
            List<ModelState> models = drift.models(organisation.currentUser());
            HtmlPage page = new HtmlPage("Modeller", zone, "/camunda/app/cockpit/", "Til Cockpit");
            long drifted = models.stream().filter(ModelState::drifted).count();
            page.paragraph("Processer og beslutningstabeller, som motoren kører nu, sammenlignet med filerne i koden (mappen bpmn/). "
                    + "En model, der er udrullet fra Camunda Modeler og ikke er lagt ind i koden, bliver rullet tilbage "
                    + "ved næste udgivelse, hvis ikke filen hentes og lægges i bpmn/.");
            if (drifted > 0) {
                page.html("<p class=\"overdue\">" + escape(drifted == 1 ? "1 model svarer ikke til koden."
                        : drifted + " modeller svarer ikke til koden.") + "</p>");
            }
            StringBuilder table = new StringBuilder("<table><tr><th>Model</th><th>Nøgle</th><th>Type</th><th>Seneste version</th>"
                    + "<th>Udrullet</th><th>Af</th><th>Fra</th><th>Svarer til koden</th></tr>");
            for (ModelState model : models) {
                DeployedVersion v = model.latest();
                table.append("<tr><td><a href=\"/app/models/").append(escape(model.key())).append("\">")
                        .append(escape(model.name())).append("</a></td><td>").append(escape(model.key())).append("</td><td>")
                        .append(kind(model.kind())).append("</td>");
                if (v == null) {
                    table.append("<td colspan=\"4\">Ikke udrullet</td><td>–</td></tr>");
                    continue;
                }
                table.append("<td>").append(v.version()).append("</td><td>").append(escape(page.when(v.deployedAt())))
                        .append("</td><td>").append(escape(by(v))).append("</td><td>").append(escape(source(v))).append("</td>")
                        .append(matches(v)).append("</tr>");
            }
            page.html(table.append("</table>").toString());
            return page.render();
        });
    }

    @GetMapping(value = "/app/models/{key}", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> model(@PathVariable String key, HttpServletRequest request) {
        return HtmlPage.respond(() -> {
            CurrentUser user = organisation.currentUser();
            ModelState model = drift.model(user, key);
            List<DeployedVersion> versions = drift.versions(user, key);
            HtmlPage page = new HtmlPage(model.name(), zone, "/app/models", "Alle modeller");
            page.startFacts().fact("Nøgle", model.key()).fact("Type", kind(model.kind()))
                    .fact("Fil i koden", "bpmn/" + model.fileName())
                    .fact("Seneste version svarer til koden", model.latest() == null ? "Ikke udrullet"
                            : model.latest().matchesCode() ? "Ja" : "NEJ – hent den udrullede fil og læg den i bpmn/")
                    .endFacts();
            page.heading("Udrullede versioner");
            boolean process = model.kind() == ModelKind.PROCESS;
            StringBuilder table = new StringBuilder("<table><tr><th>Version</th><th>Udrullet</th><th>Af</th><th>Fra</th>"
                    + "<th>Svarer til koden</th>" + (process ? "<th>Kørende sager</th>" : "") + "<th>Fil</th></tr>");
            for (DeployedVersion v : versions) {
                table.append("<tr><td>").append(v.version()).append("</td><td>").append(escape(page.when(v.deployedAt())))
                        .append("</td><td>").append(escape(by(v))).append("</td><td>").append(escape(source(v))).append("</td>")
                        .append(matches(v)).append(process ? "<td>" + v.runningInstances() + "</td>" : "")
                        .append("<td><a href=\"/app/models/").append(escape(key)).append("/versions/").append(v.version())
                        .append("/xml\">Hent ").append(escape(model.fileName())).append("</a></td></tr>");
            }
            page.html(table.append("</table>").toString());
            if (process && versions.size() > 1) {
                page.heading("Flyt kørende sager til en anden version");
                page.paragraph("Vælg hvilken version sagerne står på nu, og hvilken de skal flyttes til. Du ser først et forslag: "
                        + "hvilke trin der passer sammen, og hvilke sager der bliver, hvor de er. Intet flyttes, før du bekræfter.");
                StringBuilder form = new StringBuilder("<form method=\"get\" action=\"/app/models/").append(escape(key))
                        .append("/migration\"><label>Fra version <select name=\"fromVersion\">");
                for (DeployedVersion v : versions) {
                    form.append("<option value=\"").append(v.version()).append("\"")
                            .append(v.version() == versions.get(1).version() ? " selected" : "").append(">").append(v.version())
                            .append(" (").append(v.runningInstances()).append(" kørende)</option>");
                }
                form.append("</select></label> <label>til version <select name=\"toVersion\">");
                for (DeployedVersion v : versions) {
                    form.append("<option value=\"").append(v.version()).append("\">").append(v.version()).append("</option>");
                }
                page.html(form.append("</select></label> <button>Vis forslag</button></form>").toString());
            }
            return page.render();
        });
    }

    @GetMapping("/app/models/{key}/versions/{version}/xml")
    ResponseEntity<?> xml(@PathVariable String key, @PathVariable String version) {
        try {
            DeployedXml xml = drift.xml(organisation.currentUser(), key, parseVersion("version", version));
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(xml.fileName()).build().toString())
                    .body(xml.content());
        } catch (ForbiddenException | NotFoundException | InvalidInputException refused) {
            return HtmlPage.respond(() -> {
                throw refused;
            });
        }
    }

    @GetMapping(value = "/app/models/{key}/migration", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> proposal(@PathVariable String key, @RequestParam(required = false) String fromVersion,
                                    @RequestParam(required = false) String toVersion, HttpServletRequest request) {
        return HtmlPage.respond(() -> {
            MigrationProposal p = migrations.propose(organisation.currentUser(), key,
                    parseVersion("fromVersion", fromVersion), parseVersion("toVersion", toVersion));
            HtmlPage page = new HtmlPage("Flyt sager i «" + p.name() + "» fra version " + p.fromVersion()
                    + " til " + p.toVersion(), zone, "/app/models/" + key, "Tilbage til modellen");
            proposalBody(page, p);
            if (p.executable()) {
                page.html("<form method=\"post\" action=\"/app/models/" + escape(key) + "/migration\">"
                        + "<input type=\"hidden\" name=\"fromVersion\" value=\"" + p.fromVersion() + "\">"
                        + "<input type=\"hidden\" name=\"toVersion\" value=\"" + p.toVersion() + "\">"
                        + "<input type=\"hidden\" name=\"" + PageCsrf.FIELD + "\" value=\""
                        + escape(PageCsrf.token(request.getSession(true))) + "\">"
                        + "<button>Flyt " + p.moving() + (p.moving() == 1 ? " sag" : " sager") + " til version "
                        + p.toVersion() + "</button></form>");
            } else {
                page.paragraph("Der er intet at flytte med dette forslag.");
            }
            return page.render();
        });
    }

    @PostMapping(value = "/app/models/{key}/migration", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> migrate(@PathVariable String key, @RequestParam(required = false) String fromVersion,
                                   @RequestParam(required = false) String toVersion,
                                   @RequestParam(name = PageCsrf.FIELD, required = false) String csrf, HttpServletRequest request) {
        return HtmlPage.respond(() -> {
            CurrentUser user = organisation.currentUser();
            ModelDrift.requireProcessOwner(user);
            PageCsrf.check(request.getSession(false), csrf);
            MigrationStarted started = migrations.execute(user, key, parseVersion("fromVersion", fromVersion),
                    parseVersion("toVersion", toVersion));
            MigrationProposal p = started.proposal();
            HtmlPage page = new HtmlPage("Flytningen er startet", zone, "/app/models/" + key, "Tilbage til modellen");
            page.paragraph(started.instances() + (started.instances() == 1 ? " sag flyttes" : " sager flyttes") + " fra version "
                    + p.fromVersion() + " til version " + p.toVersion() + " af «" + p.name() + "». "
                    + (p.staying() == 0 ? "" : p.staying() + " bliver på version " + p.fromVersion() + " og kører videre der. ")
                    + "Flytningen kører i baggrunden som et batchjob.");
            page.startFacts().fact("Batchjobbets id", started.batchId()).endFacts();
            page.html("<p><a href=\"" + escape(String.format(COCKPIT_BATCH, started.batchId()))
                    + "\">Følg batchjobbet i Cockpit</a></p>");
            return page.render();
        });
    }

    static void proposalBody(HtmlPage page, MigrationProposal p) {
        page.startFacts()
                .fact("Kørende sager på version " + p.fromVersion(), String.valueOf(p.instances()))
                .fact("Flyttes til version " + p.toVersion(), String.valueOf(p.moving()))
                .fact("Bliver på version " + p.fromVersion(), p.staying() == 0 ? "0"
                        : p.staying() + " (de venter på et trin, som version " + p.toVersion() + " ikke har, og kører videre uændret)")
                .endFacts();
        if (!p.problems().isEmpty()) {
            page.heading("Forslaget kan ikke godkendes");
            page.html("<ul>" + String.join("", p.problems().stream().map(m -> "<li class=\"overdue\">" + escape(m) + "</li>").toList())
                    + "</ul>");
        }
        if (!p.unmapped().isEmpty()) {
            page.heading("Trin uden plads i version " + p.toVersion());
            List<String[]> rows = new ArrayList<>();
            p.unmapped().forEach(u -> rows.add(new String[] {u.name(), "!" + u.instances()}));
            page.table(new String[] {"Trin i version " + p.fromVersion(), "Sager der venter her og bliver"}, rows);
        }
        page.heading("Trin der passer sammen");
        List<String[]> rows = new ArrayList<>();
        p.mapped().forEach(m -> rows.add(new String[] {m.sourceName(), m.targetName(), String.valueOf(m.instances())}));
        page.table(new String[] {"Version " + p.fromVersion(), "Version " + p.toVersion(), "Sager der venter her nu"}, rows);
    }

    private static Integer parseVersion(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "mangler");
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "skal være et versionsnummer");
        }
    }

    private static String kind(ModelKind kind) {
        return kind == ModelKind.PROCESS ? "Proces" : "Beslutningstabel";
    }

    private String by(DeployedVersion v) {
        if (v.deployedBy() == null) {
            return v.source() == DeploymentSource.APPLICATION ? "Applikationen ved start" : "Ukendt";
        }
        return organisation.displayName(v.deployedBy());
    }

    static String source(DeployedVersion v) {
        return switch (v.source()) {
            case APPLICATION -> "Applikationen (bpmn/ i koden)";
            case MODELER -> "Camunda Modeler";
            case OTHER -> "Et andet program (" + v.sourceName() + ")";
        };
    }

    private static String matches(DeployedVersion v) {
        return v.matchesCode() ? "<td>Ja</td>" : "<td class=\"overdue\">⚠ NEJ – ændret uden for koden</td>";
    }
}
