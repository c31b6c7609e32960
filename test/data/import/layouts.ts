/**
 * Small report PDFs in each framework's layout, written for the tests in our
 * own words (authority names are real places; every sentence is invented).
 */
import { column, tinyPdf, type PdfText } from '../../helpers/tiny-pdf';

const G = 380; // the grade column

/** ILACS 2018: one "children in care and care leavers" row; two weeks' fieldwork. */
export function ilacs2018(): Uint8Array {
  return tinyPdf([
    [
      { x: 72, y: 760, text: 'Exampleshire County Council', size: 20 },
      { x: 72, y: 730, text: 'Inspection of children’s social care services', size: 16 },
      { x: 72, y: 700, text: 'Inspection dates: 4 March 2019 to 15 March 2019' },
      { x: 72, y: 680, text: 'Lead inspector: A Person, Her Majesty’s Inspector' },
      { x: 78, y: 640, text: 'Judgement' },
      { x: G, y: 640, text: 'Grade' },
      ...column(78, 610, 7, ['The impact of leaders on social work practice with', '', 'children and families']).filter((t) => t.text),
      { x: G, y: 603, text: 'Outstanding' },
      { x: 78, y: 576, text: 'The experiences and progress of children who need' },
      { x: G, y: 576, text: 'Requires improvement to' },
      { x: 78, y: 562, text: 'help and protection' },
      { x: G, y: 562, text: 'be good' },
      { x: 78, y: 530, text: 'The experiences and progress of children in care and' },
      { x: G, y: 523, text: 'Good' },
      { x: 78, y: 516, text: 'care leavers' },
      { x: 78, y: 490, text: 'Overall effectiveness' },
      { x: G, y: 490, text: 'Good' },
      ...column(72, 450, 14, [
        'The experiences of families here have become steadily better since the last visit, and the',
        'council has kept its promises to the young people who rely on it.',
      ]),
    ],
  ]);
}

/** ILACS 2023: care leavers judged on their own; one week's fieldwork. */
export function ilacs2023(dates = 'Inspection dates: 6 to 10 February 2023'): Uint8Array {
  return tinyPdf([
    [
      { x: 72, y: 760, text: 'Inspection of Sampleton local', size: 20 },
      { x: 72, y: 735, text: 'authority children’s services', size: 20 },
      { x: 72, y: 700, text: dates },
      { x: 78, y: 660, text: 'Judgement' },
      { x: 300, y: 660, text: 'Grade' },
      { x: 78, y: 630, text: 'The impact of leaders on social work' },
      { x: 300, y: 630, text: 'Inadequate' },
      { x: 78, y: 616, text: 'practice with children and families' },
      { x: 78, y: 589, text: 'The experiences and progress of' },
      { x: 300, y: 589, text: 'Requires improvement to be good' },
      { x: 78, y: 575, text: 'children who need help and protection' },
      { x: 78, y: 548, text: 'The experiences and progress of' },
      { x: 300, y: 548, text: 'Inadequate' },
      { x: 78, y: 534, text: 'children in care' },
      { x: 78, y: 507, text: 'The experiences and progress of care' },
      { x: 300, y: 507, text: 'Good' },
      { x: 78, y: 493, text: 'leavers' },
      { x: 78, y: 466, text: 'Overall effectiveness' },
      { x: 300, y: 466, text: 'Inadequate' },
      { x: 72, y: 430, text: 'The experiences and progress of children in this area have fallen well short of what they need and' },
      { x: 72, y: 416, text: 'leaders did not know it.' },
    ],
  ]);
}

/** ILACS from late April 2026: no overall effectiveness row; fieldwork crosses a month end. */
export function ilacs2026(dates = 'Inspection dates: 27 April to 8 May 2026'): Uint8Array {
  return tinyPdf([
    [
      { x: 72, y: 760, text: 'Inspection of Newtown local authority', size: 20 },
      { x: 72, y: 735, text: 'children’s services', size: 20 },
      { x: 72, y: 700, text: dates },
      { x: 78, y: 660, text: 'Judgement' },
      { x: 300, y: 660, text: 'Grade' },
      { x: 78, y: 630, text: 'The impact of leaders on social work' },
      { x: 300, y: 630, text: 'Good' },
      { x: 78, y: 616, text: 'practice with children and families' },
      { x: 78, y: 589, text: 'The experiences and progress of' },
      { x: 300, y: 589, text: 'Good' },
      { x: 78, y: 575, text: 'children who need help and protection' },
      { x: 78, y: 548, text: 'The experiences and progress of' },
      { x: 300, y: 548, text: 'Outstanding' },
      { x: 78, y: 534, text: 'children in care' },
      { x: 78, y: 507, text: 'The experiences and progress of care' },
      { x: 300, y: 507, text: 'Requires improvement to be good' },
      { x: 78, y: 493, text: 'leavers' },
      { x: 72, y: 440, text: 'The experiences and progress of young people leaving care are not yet as strong as the rest of the' },
      { x: 72, y: 426, text: 'service, although leaders know this well.' },
    ],
  ]);
}

function sifFront(lines: { headline: string; lscbTitle: boolean; dates: string; published: string }): PdfText[] {
  return [
    { x: 71, y: 760, text: 'Borsetshire County Council', size: 20 },
    ...column(71, 735, 17, [
      'Inspection of services for children in need of help and',
      'protection, children looked after and care leavers',
      ...(lines.lscbTitle ? ['and', 'Review of the effectiveness of the Local Safeguarding Children', 'Board'] : []),
    ]),
    { x: 71, y: 600, text: lines.dates },
    { x: 71, y: 580, text: lines.published },
    { x: 71, y: 550, text: lines.headline },
  ];
}

/**
 * SIF, 2014 style: "The overall judgement is ...", grades wrapped over two
 * lines above and below their labels, the LSCB sentence on page 1.
 */
export function sif2014(): Uint8Array {
  return tinyPdf([
    [
      ...sifFront({
        headline: 'The overall judgement is requires improvement',
        lscbTitle: true,
        dates: 'Inspection date: 29 April – 22 May 2014',
        published: 'Report published: 7 July 2014',
      }),
      { x: 71, y: 530, text: 'No child is left at risk of serious harm, but help is not yet good for enough families.' },
      { x: 410, y: 480, text: 'Requires' },
      { x: 71, y: 473, text: '1. Children who need help and protection' },
      { x: 410, y: 466, text: 'improvement' },
      { x: 71, y: 446, text: '2. Children looked after and achieving permanence' },
      { x: 410, y: 446, text: 'Good' },
      { x: 126, y: 419, text: '2.1 Adoption performance' },
      { x: 410, y: 419, text: 'Outstanding' },
      { x: 410, y: 399, text: 'Requires' },
      { x: 126, y: 392, text: '2.2 Experiences and progress of care leavers' },
      { x: 410, y: 385, text: 'improvement' },
      { x: 410, y: 365, text: 'Requires' },
      { x: 71, y: 358, text: '3. Leadership, management and governance' },
      { x: 410, y: 351, text: 'improvement' },
      { x: 71, y: 320, text: 'The effectiveness of the Local Safeguarding Children Board (LSCB) is' },
      { x: 71, y: 305, text: 'inadequate.' },
    ],
  ]);
}

/**
 * SIF, 2015-17 style: "Children's services in X are ...", one-line rows, and
 * the LSCB judgement in its own section found through the contents page.
 */
export function sif2016(): Uint8Array {
  const filler = (n: number): PdfText[] => [{ x: 71, y: 700, text: `Body text of page ${n} about casework and planning.` }];
  return tinyPdf([
    [
      ...sifFront({
        headline: 'Children’s services in Borsetshire are good',
        lscbTitle: true,
        dates: 'Inspection date: 14 September 2015 – 8 October 2015',
        published: 'Report published: 27 November 2015',
      }),
      { x: 71, y: 520, text: '1. Children who need help and protection' },
      { x: 388, y: 520, text: 'Requires improvement' },
      { x: 71, y: 493, text: '2. Children looked after and achieving' },
      { x: 388, y: 486, text: 'Good' },
      { x: 89, y: 479, text: 'permanence' },
      { x: 119, y: 452, text: '2.1 Adoption performance' },
      { x: 388, y: 452, text: 'Not judged' },
      { x: 119, y: 425, text: '2.2 Experiences and progress of care leavers' },
      { x: 388, y: 425, text: 'Good' },
      { x: 71, y: 398, text: '3. Leadership, management and governance' },
      { x: 388, y: 398, text: 'Good' },
    ],
    filler(2),
    filler(3),
    [
      { x: 71, y: 720, text: 'Contents' },
      { x: 85, y: 700, text: 'Executive summary' },
      { x: 510, y: 700, text: '2' },
      { x: 85, y: 680, text: 'Leadership, management and governance' },
      { x: 510, y: 680, text: '5' },
      { x: 71, y: 660, text: 'The Local Safeguarding Children Board (LSCB)' },
      { x: 505, y: 660, text: '7' },
    ],
    filler(5),
    [{ x: 71, y: 700, text: 'Partners say the LSCB is good at sharing news, which is not a judgement.' }],
    [
      { x: 71, y: 720, text: 'The Local Safeguarding Children Board is outstanding' },
      { x: 71, y: 690, text: 'Its members hold one another to account with unusual care.' },
    ],
    ...[8, 9, 10, 11, 12].map(filler),
  ]);
}

/** A 2013 inspection of looked after children services: grades deep in the report. */
export function lookedAfter2013(): Uint8Array {
  const filler = (n: number): PdfText[] => [{ x: 85, y: 700, text: `Page ${n} of findings about children in care.` }];
  return tinyPdf([
    [
      ...column(85, 760, 25, ['Inspection of looked after children', 'services', 'Wessex County Council']),
      { x: 85, y: 670, text: 'Inspection dates: 8 – 12 July 2013' },
      { x: 85, y: 650, text: 'Reporting inspector A Person HMI' },
      { x: 85, y: 630, text: 'Published: 16 August 2013' },
    ],
    [
      { x: 85, y: 760, text: 'Contents' },
      { x: 85, y: 740, text: 'Overall effectiveness of services for looked after children' },
      { x: 500, y: 740, text: '4' },
      { x: 85, y: 720, text: 'Capacity to improve' },
      { x: 500, y: 720, text: '4' },
    ],
    filler(3),
    [
      { x: 85, y: 760, text: 'Overall effectiveness of services for looked after children' },
      { x: 85, y: 740, text: 'Grade 3 (adequate)' },
      { x: 85, y: 700, text: 'Capacity to improve' },
      { x: 85, y: 680, text: 'Grade 2 (good)' },
    ],
    filler(5),
  ]);
}

/** An ILACS front page whose table has lost its help-and-protection row. */
export function ilacsMissingRow(): Uint8Array {
  return tinyPdf([
    [
      { x: 72, y: 700, text: 'Inspection dates: 4 March 2019 to 15 March 2019' },
      { x: 78, y: 640, text: 'Judgement' },
      { x: G, y: 640, text: 'Grade' },
      { x: 78, y: 610, text: 'The impact of leaders on social work practice with children and families' },
      { x: G + 100, y: 610, text: 'Good' },
      { x: 78, y: 580, text: 'The experiences and progress of children in care and care leavers' },
      { x: G + 100, y: 580, text: 'Good' },
      { x: 78, y: 550, text: 'Overall effectiveness' },
      { x: G + 100, y: 550, text: 'Good' },
    ],
  ]);
}

/** What Ofsted's site saved in place of four 2012 reports: a web page, not a PDF. */
export function reportNotFoundPage(): Uint8Array {
  return new TextEncoder().encode(
    '<!DOCTYPE html>\n<html><head><title>Report not found - Find a report</title></head><body><p>Gone.</p></body></html>\n',
  );
}

/** ILACS with fieldwork in two visits, the second months later (as South Tyneside's of 2023). */
export function ilacsSplitVisits(): Uint8Array {
  return ilacs2023('Inspection dates: 5 to 9 December 2022 and 14 to 15 February 2023');
}

/**
 * A SIF report with no LSCB review of its own, and a separately published review
 * of the LSCB bound after its last page (as Hull's of 2015).
 */
export function sifWithBoundLscbReview(): Uint8Array {
  const filler = (n: number): PdfText[] => [{ x: 71, y: 700, text: `Body text of page ${n} about help and protection.` }];
  return tinyPdf([
    [
      ...sifFront({
        headline: 'The overall judgement is that children’s services are good',
        lscbTitle: false,
        dates: 'Inspection date: 18 November – 10 December 2014',
        published: 'Report published: 3 February 2015',
      }),
      { x: 71, y: 520, text: '1. Children who need help and protection' },
      { x: 388, y: 520, text: 'Good' },
      { x: 71, y: 493, text: '2. Children looked after and achieving permanence' },
      { x: 388, y: 493, text: 'Good' },
      { x: 119, y: 466, text: '2.1 Adoption performance' },
      { x: 388, y: 466, text: 'Good' },
      { x: 119, y: 439, text: '2.2 Experiences and progress of care leavers' },
      { x: 388, y: 439, text: 'Good' },
      { x: 71, y: 412, text: '3. Leadership, management and governance' },
      { x: 388, y: 412, text: 'Good' },
    ],
    [
      { x: 71, y: 720, text: 'Contents' },
      { x: 85, y: 700, text: 'Summary of findings' },
      { x: 510, y: 700, text: '3' },
      { x: 85, y: 680, text: 'What the inspection judgements mean' },
      { x: 510, y: 680, text: '3' },
    ],
    filler(3),
    [{ x: 71, y: 700, text: 'Ofsted regulates and inspects to achieve excellence in the care of children.' }],
    [
      ...column(71, 720, 17, [
        'Borsetshire Safeguarding Children Board',
        'Inspection of the effectiveness of the local safeguarding',
        'children board',
      ]),
      { x: 71, y: 650, text: 'Inspection date: 18 November – 10 December 2014' },
      { x: 71, y: 630, text: 'Report published: 10 February 2015' },
      { x: 71, y: 600, text: 'The Local Safeguarding Children Board requires improvement' },
    ],
    filler(6),
  ]);
}
