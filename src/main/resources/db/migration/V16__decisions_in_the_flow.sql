-- Issue 15: decisions made by the process's tasks. The submission to the children and youth
-- committee keeps the custody holders it names, so the committee's decision writes to them
-- without the caseworker typing the names again (one per line).
alter table committee_submission add column custody_holders varchar(1000);

-- Udvidet tilbagemelding: a professional notifier in regular contact with the child (a school, a
-- day-care, the health visitor) is told whether the concern led to an investigation or measures.
insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('EXTENDED_FEEDBACK', 'Udvidet tilbagemelding til en fagperson i fast kontakt med barnet: om underretningen har ført til en børnefaglig undersøgelse eller indsatser, eller om barnet allerede har indsatser', '§ 138 stk. 2', '§ 155 b stk. 2', 3, 'MONTHS', false,
 'domain.md afsnit 11 (tidl. SEL § 155 b stk. 2: inden for 3 måneder efter modtagelsen); Barnets lovs paragraf og frist skal bekræftes mod LBK nr 282 af 17/03/2025 (VEJ 9471/2024 kap. 1)');

-- Routing a concern to a børnefaglig undersøgelse is a decision (§ 20): its reasons and the custody
-- holders its letter goes to are given at "Visitér underretning" and recorded when the case opens.
alter table triage_decision add column investigation_reasons varchar(4000);
alter table triage_decision add column custody_holders varchar(1000);

-- The section of the chair's provisional decision, now read in the law: § 142 stk. 1 (LBK 282/2025,
-- lovguiden) lists "Godkendelse af en foreløbig afgørelse efter § 143, stk. 4" among the committee's
-- decisions. The 7 days are still the old Serviceloven § 75's until § 143 itself is read.
update legal_rule set barnets_lov = '§ 143 stk. 4',
    source = 'LBK nr 282 af 17/03/2025 § 142 stk. 1 (lovguiden, læst 2026-12): udvalget godkender en foreløbig afgørelse efter § 143, stk. 4; fristen på 7 dage er den tidligere servicelovs § 75 stk. 3 og skal bekræftes i § 143'
    where code = 'COMMITTEE_PROVISIONAL';
