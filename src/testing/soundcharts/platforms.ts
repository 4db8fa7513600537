/**
 * Platform lists the Soundcharts reference documents per endpoint (reference/soundcharts.md §2.3–2.5):
 * referential.ts lists them, artists.ts and songs.ts answer 400 for a platform outside them.
 */
export const SOCIAL = ['spotify', 'instagram', 'tiktok', 'youtube', 'x', 'facebook', 'deezer', 'soundcloud', 'boomplay', 'line-music', 'melon', 'yandex', 'songkick', 'bandsintown', 'weibo', 'vk', 'twitch', 'snapchat', 'threads'];
export const STREAMING = ['spotify', 'youtube', 'anghami', 'audiomack', 'jiosaavn', 'pandora', 'yandex', 'kugou', 'lastfm', 'soundcloud', 'deezer'];
export const POPULARITY = ['spotify', 'tidal', 'deezer'];
export const PLAYLIST = ['spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'jiosaavn', 'boomplay', 'anghami'];
export const REACH = ['spotify', 'youtube', 'deezer', 'jiosaavn', 'boomplay'];
export const CHART = ['spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'shazam', 'itunes', 'airplay', 'billboard', 'tiktok'];
