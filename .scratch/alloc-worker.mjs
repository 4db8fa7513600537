// bytes allocated per call: heapUsed growth with a young generation too large to collect
const { variant, base, calls } = JSON.parse(process.argv[2]);
process.argv[2] = JSON.stringify({ variant, base, calls: 1, warmup: 6000 });
