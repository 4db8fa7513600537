/**
 * The Chartmetric sandbox's `social` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/social.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick, randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { artistName, hashInt, image, neighbourId, rngFor, spotifyIdFor, trackTitle } from './artist-data.js';
import { addDays, artistOf, isReply, ok } from './shared.js';

export const socialHandlers: RouteHandlers = {
  // ------------------------------------------------------------ social (SNS)
  'social.instagram': (ctx) => {
    const id = artistOf(ctx);
    if (isReply(id)) return id;
    const slug = artistName(id).toLowerCase().replace(/[^a-z0-9]+/g, '');
    const post = (i: number, reel: boolean) => {
      const rng = rngFor('ig-post', id, i, reel ? 'reel' : 'post');
      const postId = `${3_700_000_000_000_000_000n + BigInt(hashInt(`${id}:${i}:${reel}`))}_${1_700_000_000 + (id % 1000)}`;
      return {
        user_id: String(1_700_000_000 + (id % 1000)),
        username: slug,
        user_picture: image('ig-user', id),
        user_url: `https://www.instagram.com/${slug}`,
        type: reel ? 'video' : pick(rng, ['photo', 'carousel']),
        post_id: postId,
        created: `${addDays('2025-09-26', -i * 11)}T21:55:24.000+00:00`,
        text: rng() < 0.3 ? null : `${trackTitle(rng)} ✨`,
        image: image('ig-post', postId),
        thumbnail: image('ig-thumb', postId),
        link: `https://www.instagram.com/p/${spotifyIdFor('ig', i).slice(0, 11)}/`,
        mentions: [artistName(neighbourId(id, i)).toLowerCase().replace(/[^a-z0-9]+/g, '')],
        stat: reel
          ? { likes_count_enabled: true, likes: randInt(rng, 1000, 9_000_000), comments: randInt(rng, 10, 90_000), plays: randInt(rng, 10_000, 90_000_000) }
          : { likes_count_enabled: true, likes: randInt(rng, 1000, 9_000_000), comments: randInt(rng, 10, 90_000), shares: randInt(rng, 0, 500_000) },
      };
    };
    return ok({ top_posts: Array.from({ length: 10 }, (_, i) => post(i, false)), top_reels: Array.from({ length: 10 }, (_, i) => post(i, true)) });
  },
};
