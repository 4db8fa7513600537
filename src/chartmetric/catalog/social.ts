/**
 * Chartmetric social (SNS) endpoints: `/api/SNS/...` (reference/chartmetric.md §3 "Social (SNS)").
 *
 * Naming: the family `SNS` is exposed as `social`; `/api/SNS/deepSocial/cm_artist/{id}/instagram` would be
 * `deepSocialCmArtistInstagram` by the literal-segment rule, shortened to `social.instagram(artistId)`.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { anyJson, b, d, n, strList, t } from './artists.js';

const post = s.obj({
  user_id: t(),
  username: t(),
  user_picture: t(),
  user_url: t(),
  type: s.opt(s.openEnum(['photo', 'video', 'carousel'])),
  post_id: t(),
  created: d(),
  text: t(),
  image: t(),
  thumbnail: t(),
  link: t(),
  mentions: strList(),
  stat: s.opt(s.obj({ likes_count_enabled: b(), likes: n(), comments: n(), shares: n(), plays: n(), views: n() })),
  hashtags: anyJson(),
});

export const social = {
  /** The artist's top 10 Instagram posts and top 10 reels: `{top_posts, top_reels}`. */
  instagram: defineEndpoint({
    id: 'social.instagram',
    method: 'GET',
    path: '/api/SNS/deepSocial/cm_artist/{id}/instagram',
    pathParams: { id: p.id() },
    response: s.obj({ top_posts: s.opt(s.arr(post)), top_reels: s.opt(s.arr(post)) }),
    summary: 'Top Instagram posts and reels of an artist.',
    docs: 'reference/chartmetric.md §3 (Social (SNS))',
  }),
};
