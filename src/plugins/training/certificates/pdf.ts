import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'

import { euEmblemGeometry } from '@sites/shared/components/EuEmblem'

/** What a certificate says, already in the participant's language. */
export type CertificateText = {
  lang: string
  title: string
  certifies: string
  name: string
  completed: string
  course: string
  dates: string
  hours?: string
  code: string
  verifyAt: string
  verifyUrl: string
  fundedBy: string
  disclaimer?: string
}

const ink = rgb(0.12, 0.14, 0.16)
const blue = rgb(0, 0.2, 0.6)
const yellow = rgb(1, 0.8, 0)

/**
 * The standard fonts speak WinAnsi (every letter of the five site languages); a letter beyond it
 * (a name in another script) is written without its accent, else as "?", rather than failing.
 */
const printable = (font: PDFFont, text: string) => {
  const known = new Set(font.getCharacterSet())
  return [...text]
    .map((char) => {
      if (known.has(char.codePointAt(0)!)) return char
      const base = char.normalize('NFD').replace(/\p{M}/gu, '')
      return [...base].every((part) => known.has(part.codePointAt(0)!)) ? base : '?'
    })
    .join('')
}

const centred = (page: PDFPage, font: PDFFont, text: string, y: number, size: number, color = ink) => {
  const safe = printable(font, text)
  const width = font.widthOfTextAtSize(safe, size)
  page.drawText(safe, { x: (page.getWidth() - width) / 2, y, size, font, color })
}

/** The EU emblem at (x, y), `height` high, from the same geometry as the site's SVG. */
const drawEmblem = (page: PDFPage, x: number, y: number, height: number) => {
  const scale = height / euEmblemGeometry.height
  page.drawRectangle({ x, y, width: euEmblemGeometry.width * scale, height, color: blue })
  for (const points of euEmblemGeometry.stars)
    // drawSvgPath draws in SVG's coordinates (y downwards) from its origin, the emblem's top left.
    page.drawSvgPath(`M ${points.split(' ').join(' L ')} Z`, { x, y: y + height, scale, color: yellow })
}

/** The QR code of `url` as vector squares, `size` wide, bottom left at (x, y). */
const drawQr = (page: PDFPage, url: string, x: number, y: number, size: number) => {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const cell = size / modules.size
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col))
        page.drawRectangle({ x: x + col * cell, y: y + size - (row + 1) * cell, width: cell, height: cell, color: ink })
}

/** One certificate as a PDF (A4 landscape): no browser, fonts built into every PDF reader. */
export const certificatePdf = async (text: CertificateText) => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${text.title} – ${text.name}`)
  pdf.setLanguage(text.lang)
  pdf.setProducer('WayOut')
  const [regular, bold] = await Promise.all([
    pdf.embedFont(StandardFonts.Helvetica),
    pdf.embedFont(StandardFonts.HelveticaBold),
  ])
  const page = pdf.addPage([842, 595])
  centred(page, bold, text.title, 500, 30, blue)
  centred(page, regular, text.certifies, 450, 14)
  centred(page, bold, text.name, 415, 26)
  centred(page, regular, text.completed, 380, 14)
  centred(page, bold, text.course, 350, 16)
  centred(page, regular, text.dates, 322, 13)
  if (text.hours) centred(page, regular, text.hours, 300, 13)

  drawQr(page, text.verifyUrl, 652, 130, 120)
  page.drawText(printable(regular, text.code), { x: 652, y: 112, size: 12, font: bold, color: ink })
  page.drawText(printable(regular, text.verifyAt), { x: 60, y: 190, size: 10, font: regular, color: ink })
  page.drawText(text.verifyUrl, { x: 60, y: 174, size: 10, font: regular, color: blue })

  drawEmblem(page, 60, 70, 54)
  page.drawText(printable(bold, text.fundedBy), { x: 150, y: 100, size: 12, font: bold, color: ink })
  if (text.disclaimer)
    page.drawText(printable(regular, text.disclaimer), {
      x: 150,
      y: 84,
      size: 7,
      font: regular,
      color: ink,
      maxWidth: 480,
      lineHeight: 9,
    })
  return pdf.save()
}
