-- Issue 16: every section the product uses is in the legal table with its source; rows for the
-- abuse rule (point 1). Sections not confirmed from the law text keep confirmed = false and say so.

alter table legal_rule add column source varchar(400);

update legal_rule set source = 'LBK nr 282 af 17/03/2025 (Barnets lov); kapitelinddeling efter VEJ nr 9471 af 2024; domain.md afsnit 11'
 where confirmed = true;
update legal_rule set source = 'domain.md afsnit 11 med (?): paragraffen skal bekræftes mod LBK nr 282 af 17/03/2025'
 where confirmed = false;

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('ABUSE_INVESTIGATION', 'Kommunen skal træffe afgørelse om børnefaglig undersøgelse, når et barn har været udsat for overgreb, eller der er mistanke om det', '§ 20 stk. 1 nr. 2', '§ 50', null, null, true,
 'LBK nr 282 af 17/03/2025 § 20 stk. 1 nr. 2 (lovguiden, bekræftet 2026-12; domain.md afsnit 11)'),
('CHILDRENS_HOUSE', 'Sager om overgreb: børnehuset inddrages i undersøgelsen', '§ 124', null, null, null, false,
 'domain.md afsnit 11 (lovguiden 2026-12); stk. og den gamle servicelovs paragraf skal bekræftes');
