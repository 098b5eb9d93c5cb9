// Placeholder entry: replaced by the bench feature.
process.stderr.write('TinhGọn bench: chưa có / not available yet\n');
process.exit(1);
