import { commands } from "./commands.ts";

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.log("Usage: pnpm parley <command> [options]\n\nCommands:");
  for (const [commandName, { summary }] of Object.entries(commands))
    console.log(`  ${commandName.padEnd(14)} ${summary}`);
  process.exit(name && name !== "help" ? 2 : 0);
}
try {
  await command.run(args);
} catch (error) {
  console.error(`parley ${name}: ${(error as Error).message}`);
  process.exit(1);
}
