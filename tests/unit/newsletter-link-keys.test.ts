/**
 * Newsletter links are signed with a key ring of their own (NEWSLETTER_LINK_KEYS), so the links
 * in every email already sent survive a rotation of PAYLOAD_SECRET and of the ring itself.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { confirmationToken, unsubscribeToken, verifyToken } from '@/plugins/newsletter/subscribers/tokens'
import { participantToken, verifyParticipantToken } from '@/plugins/training/registration/tokens'

const key1 = `k1:${'a'.repeat(40)}`
const key2 = `k2:${'b'.repeat(40)}`
const saved = { ring: process.env.NEWSLETTER_LINK_KEYS, secret: process.env.PAYLOAD_SECRET }

const configure = (ring: string | undefined, secret: string) => {
  if (ring === undefined) delete process.env.NEWSLETTER_LINK_KEYS
  else process.env.NEWSLETTER_LINK_KEYS = ring
  process.env.PAYLOAD_SECRET = secret
}

afterEach(() => configure(saved.ring, saved.secret ?? 'test-secret'))

/** Replaces one character of the signed part, keeping the token well-formed. */
const tampered = (token: string, at: number) =>
  token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)

describe('newsletter links and their key ring', () => {
  it('are never confused with the training links the same signer makes', () => {
    configure(key1, 'secret one')
    // A participant's link posted to the newsletter's unsubscribe names no subscriber.
    expect(verifyToken(participantToken(7), 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
    expect(verifyParticipantToken(participantToken(7))).toMatchObject({ ok: true, registration: '7' })
    expect(verifyParticipantToken(unsubscribeToken('7'))).toEqual({ ok: false, problem: 'invalid' })
  })

  it('name the key that signed them', () => {
    configure(`${key2},${key1}`, 'secret one')
    expect(unsubscribeToken('42').split('.')[0]).toBe('k2')
  })

  it('still verify after the ring is rotated to a new key and PAYLOAD_SECRET is changed', () => {
    configure(key1, 'secret one')
    const unsubscribe = unsubscribeToken('42')
    const confirm = confirmationToken('42', new Date())
    configure(`${key2},${key1}`, 'secret two')
    expect(verifyToken(unsubscribe, 'unsubscribe')).toEqual({ ok: true, token: { subscriber: '42' } })
    expect(verifyToken(confirm, 'confirm')).toMatchObject({ ok: true, token: { subscriber: '42' } })
    expect(unsubscribeToken('42')).not.toBe(unsubscribe)
  })

  it('refuses a link signed by a key no longer in the ring, or by an unknown key id', () => {
    configure(key1, 'secret one')
    const unsubscribe = unsubscribeToken('42')
    configure(key2, 'secret one')
    expect(verifyToken(unsubscribe, 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
    expect(verifyToken(`k9.${unsubscribe.split('.').slice(1).join('.')}`, 'unsubscribe')).toEqual({
      ok: false,
      problem: 'invalid',
    })
  })

  it('refuses a tampered link: body, signature or key id', () => {
    configure(`${key2},${key1}`, 'secret one')
    const token = unsubscribeToken('42')
    const [, body] = token.split('.')
    expect(verifyToken(tampered(token, 3 + 5), 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
    expect(verifyToken(tampered(token, token.length - 2), 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
    expect(verifyToken(token.replace(/^k2\./, 'k1.'), 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
    expect(verifyToken(`${body}.${token.split('.')[2]}`, 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('keeps links sent before the ring (signed by PAYLOAD_SECRET) working through its `legacy` entry', () => {
    configure(undefined, 'the old payload secret')
    const sentBefore = unsubscribeToken('42')
    expect(sentBefore.split('.')).toHaveLength(2)
    configure(`${key1},legacy:the old payload secret`, 'a new payload secret')
    expect(verifyToken(sentBefore, 'unsubscribe')).toEqual({ ok: true, token: { subscriber: '42' } })
    configure(key1, 'a new payload secret')
    expect(verifyToken(sentBefore, 'unsubscribe')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('refuses a ring it cannot use, without quoting any secret', () => {
    configure(`${'s'.repeat(40)}`, 'secret one')
    expect(() => unsubscribeToken('42')).toThrow(/entry 1 is not id:secret/)
    configure('k1:short', 'secret one')
    expect(() => unsubscribeToken('42')).toThrow(/shorter than 32/)
    configure('legacy:old', 'secret one')
    expect(() => unsubscribeToken('42')).toThrow(/no key to sign/)
  })
})
