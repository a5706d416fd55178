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
