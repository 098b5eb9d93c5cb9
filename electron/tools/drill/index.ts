// Placeholder entry: replaced by the drill feature.
process.stderr.write('TinhGọn drill: chưa có / not available yet\n');
process.exit(1);
