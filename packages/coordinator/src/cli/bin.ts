#!/usr/bin/env node
import { runCli } from './main.js'

process.exit(await runCli(process.argv.slice(2)))
