package dk.trappen.signin.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the provider sends the browser after signing out of Trappen and the provider (profile sso). */
@RestController
@ConditionalOnProperty(name = "trappen.sign-in.mode", havingValue = "oidc")
class SignedOutPage {

    @GetMapping(value = "/signed-out", produces = dk.trappen.platform.HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> signedOut() {
        return ResponseEntity.ok().header("Cache-Control", "no-store").body("<!doctype html><html lang=\"da\"><head>"
                + "<meta charset=\"utf-8\"><title>Du er logget ud</title></head><body><h1>Du er logget ud af Trappen</h1>"
                + "<p>Du er også logget ud af kommunens login.</p>"
                + "<p><a href=\"/camunda/app/tasklist/\">Log ind igen</a></p></body></html>");
    }
}
