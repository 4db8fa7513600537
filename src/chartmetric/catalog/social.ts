/**
 * Chartmetric social (SNS) endpoints: `/api/SNS/...` (reference/chartmetric.md §3 "Social (SNS)").
 *
 * Naming: the family `SNS` is exposed as `social`; `/api/SNS/deepSocial/cm_artist/{id}/instagram` would be
 * `deepSocialCmArtistInstagram` by the literal-segment rule, shortened to `social.instagram(artistId)`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { anyJson, optBool, optDate, optNum, optStr, strList } from './shared.js';

export const social = defineFamily(() => {
  const post = s.obj({
    user_id: optStr(),
    username: optStr(),
    user_picture: optStr(),
    user_url: optStr(),
    type: s.opt(s.openEnum(['photo', 'video', 'carousel'])),
    post_id: optStr(),
    created: optDate(),
    text: optStr(),
    image: optStr(),
    thumbnail: optStr(),
    link: optStr(),
    mentions: strList(),
    stat: s.opt(s.obj({ likes_count_enabled: optBool(), likes: optNum(), comments: optNum(), shares: optNum(), plays: optNum(), views: optNum() })),
    hashtags: anyJson(),
  });

  return {
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
});
