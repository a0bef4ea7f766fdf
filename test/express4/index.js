// The Express 4 installed in this folder (the repository root has Express 5).
module.exports = require('express');
