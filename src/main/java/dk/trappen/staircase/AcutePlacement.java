package dk.trappen.staircase;

import java.time.LocalDate;

/**
 * An acute placement decided at "Handl akut": the child is placed at once, on a provisional
 * decision, while the child welfare investigation runs beside it (Barnets lov § 46, § 20).
 *
 * @param offerId   a placement offer (steps 4–6) of the catalogue
 * @param startDate the day the child was placed
 */
public record AcutePlacement(Long offerId, LocalDate startDate) {
}
