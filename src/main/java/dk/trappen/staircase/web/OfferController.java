package dk.trappen.staircase.web;

import java.net.URI;
import java.util.List;

import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The offer catalogue: staff read it, process owners and managers maintain it. */
@RestController
@RequestMapping("/api/offers")
class OfferController {

    private final OfferCatalogue catalogue;

    OfferController(OfferCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Active offers, optionally on one step ({@code step=1..6}) and for a child's age. */
    @GetMapping
    List<Offer> find(@RequestParam(required = false) Integer step, @RequestParam(required = false) Integer age) {
        return catalogue.find(step, age);
    }

    @GetMapping("/{id}")
    Offer get(@PathVariable long id) {
        return catalogue.get(id);
    }

    @PostMapping
    ResponseEntity<Offer> create(@RequestBody OfferInput input) {
        Offer offer = catalogue.create(input);
        return ResponseEntity.created(URI.create("/api/offers/" + offer.id())).body(offer);
    }

    /** Changes an offer; {@code "active": false} takes it out of the catalogue without losing its history. */
    @PutMapping("/{id}")
    Offer update(@PathVariable long id, @RequestBody OfferInput input) {
        return catalogue.update(id, input);
    }
}
