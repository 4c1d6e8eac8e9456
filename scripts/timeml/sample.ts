/**
 * A small TimeML document written for the tests (not taken from any corpus): a creation time,
 * entities, an EVENT and a SIGNAL to strip, a comment, a CDATA section, and TIMEX3s of each type.
 */
export const SAMPLE_TML = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>harbour_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-16" temporalFunction="false" functionInDocument="CREATION_TIME">June 16, 2023</TIMEX3></DCT>
<TITLE>Harbour &amp; pier reopen</TITLE>
<TEXT>
PORTVALE (Wire) _ The harbour &amp; its pier <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-06-16">Friday</TIMEX3> <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of repairs.<!-- an editor's note -->

Ferries will run <TIMEX3 tid="t3" type="SET" value="P1D">daily</TIMEX3> from <TIMEX3 tid="t4" type="TIME" value="2023-06-17T09:00">9 a.m. Saturday</TIMEX3>, the mayor said, &quot;and <TIMEX3 tid="t5" type="DATE" value="PRESENT_REF">now</TIMEX3> the town can breathe.&quot; <![CDATA[A <b>bold</b> aside.]]> The work began in <TIMEX3 tid="t6" type="DATE" value="2021-03">March 2021</TIMEX3>.
</TEXT>
</TimeML>
`;

/** The plain text of SAMPLE_TML between <TEXT> and </TEXT>, as TempEval-3 reads it. */
export const SAMPLE_TEXT =
  "\nPORTVALE (Wire) _ The harbour & its pier reopened Friday after two years of repairs.\n\n" +
  'Ferries will run daily from 9 a.m. Saturday, the mayor said, "and now the town can breathe." ' +
  "A <b>bold</b> aside. The work began in March 2021.\n";
